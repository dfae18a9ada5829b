import type { CleanOrg, CommonTexts, Line, SetCatalogue } from './shape';

// Dutch Windows labels: "Instellingen > Accounts > Toegang tot werk of school", "Verbinding maken" and "Dit apparaat
// toevoegen aan …" as on Learn nl-NL "Uw werkapparaat toevoegen aan het netwerk van uw organisatie" (2018, MT 2020);
// Windows 11 renamed Azure Active Directory to Microsoft Entra ID in the same label.

export const COMMON_NL: CommonTexts = {
  headings: {
    before: 'Voordat u begint',
    steps: 'Stappen',
    see: 'Wat u te zien krijgt',
    time: 'Hoe lang het duurt',
    fallback: 'Als het anders loopt',
    failure: 'Als het misgaat',
    check: 'Zo weet u dat het gelukt is',
  },
  fromOrg: (name) => `Van de IT-afdeling van ${name}.`,
  failure: [
    'Schrijf de foutcode op, of maak een foto van het scherm.',
    'Zet het apparaat niet zelf terug naar de fabrieksinstellingen en installeer Windows niet opnieuw: IT heeft het misschien nodig zoals het is.',
    'Stuur de helpdesk de fout en het serienummer van het apparaat. Dat staat op een sticker aan de onderkant of op de doos; in Windows: klik met rechts op Start, open Terminal, typ Get-CimInstance Win32_BIOS en druk op Enter: het is de regel SerialNumber.',
  ],
  contact: (text) => `Uw helpdesk: ${text}`,
  defaultContact: 'Uw helpdesk: neem contact op met uw IT-afdeling.',
  general: 'Dit zijn de algemene instructies. Hebt u een servernaam of een contactpersoon nodig, dan krijgt u de juiste gegevens van uw IT-afdeling.',
};

const orgName = (org: CleanOrg): string => org.organizationName ?? 'uw organisatie';
const signInPage: Line = (org) => `De aanmeldpagina van uw organisatie, met de naam of het logo van ${orgName(org)}: het teken dat u op de goede plek bent. Typ uw werkwachtwoord nooit op een pagina zonder.`;
const mfa = 'Een verzoek om uw aanmelding met een tweede stap te bevestigen (de Microsoft Authenticator-app, een sms of een oproep), als uw organisatie meervoudige verificatie gebruikt.';
const pin = 'Een verzoek om een Windows Hello-pincode in te stellen (en gezicht of vingerafdruk als het apparaat dat kan). De pincode werkt alleen op dit apparaat.';
const esp = 'Een scherm dat de inrichting in drie delen toont: het apparaat voorbereiden, het apparaat instellen en uw account instellen. Kies ∨ naast een deel om te zien wat er wordt geïnstalleerd.';
const plugged = 'Laat het apparaat de hele tijd aan de stroom en verbonden met internet; klap het niet dicht.';
const serverLine: Line = (org) =>
  org.enrollmentServer === undefined ? 'Vraagt Windows om een server? Typ dan de servernaam die u van uw IT-afdeling krijgt.' : `Vraagt Windows om een server? Typ dan: ${org.enrollmentServer}`;
const homeCheck = 'Controleer uw Windows-editie: Instellingen > Systeem > Info, onder Windows-specificaties, Editie. Met Home kan dit niet: stop en vraag het uw IT-afdeling.';
/** Adding the work account from Settings (register): the same steps whether or not the organization published its settings. */
const registerSteps: readonly Line[] = [
  'Open Instellingen > Accounts > Toegang tot werk of school.',
  'Kies Verbinding maken naast “Een werk- of schoolaccount toevoegen”.',
  'Typ uw zakelijke e-mailadres en kies Volgende. Kies niet “Dit apparaat toevoegen aan Microsoft Entra ID”: dat is voor werkapparaten.',
  serverLine,
  'Meld u aan met uw werkwachtwoord, bevestig uw aanmelding als daarom wordt gevraagd en kies Gereed.',
];

export const SETS_NL: SetCatalogue = {
  'automatic-organization': {
    title: 'Uw nieuwe werkapparaat instellen',
    intro: 'Uw nieuwe werkapparaat verbindt zich tijdens het instellen met uw organisatie, zodra u zich aanmeldt met uw werkaccount.',
    steps: [
      'Zet het apparaat aan. Kies uw land of regio en daarna uw toetsenbordindeling (een tweede indeling kunt u overslaan).',
      'Maak verbinding met wifi of sluit een netwerkkabel aan en kies Volgende. Het apparaat installeert misschien updates en start opnieuw op.',
      'Vraagt Windows “Hoe wilt u dit apparaat instellen?”, kies dan Instellen voor werk of school.',
      'Meld u aan met uw zakelijke e-mailadres en wachtwoord. Gebruik geen persoonlijk Microsoft-account.',
      'Bevestig uw aanmelding als daarom wordt gevraagd en stel uw Windows Hello-pincode in.',
      'Wacht terwijl Windows de instellingen en apps van uw organisatie toevoegt; het apparaat start misschien opnieuw op. Daarna komt u op het bureaublad.',
    ],
    fallback: [
      'Verschijnt meteen de aanmeldpagina van uw organisatie? Dan heeft IT het apparaat voorbereid: meld u daar aan en ga verder met stap 5.',
      'Per ongeluk aangemeld met een persoonlijk account? Open Instellingen > Accounts > Toegang tot werk of school, kies Verbinding maken, kies “Dit apparaat toevoegen aan Microsoft Entra ID” en meld u aan met uw werkaccount.',
    ],
    see: [signInPage, mfa, pin, esp],
    time: `Meestal 20 tot 60 minuten, langer als er veel apps worden geïnstalleerd. ${plugged}`,
    check: 'Instellingen > Accounts > Toegang tot werk of school toont “Verbonden met … Microsoft Entra ID” met uw werkaccount.',
    keywords: ['inschrijven', 'aanmelden', 'nieuwe laptop', 'werklaptop', 'werkapparaat', 'laptop van de zaak', 'instellen', 'instellen voor werk of school', 'intune'],
  },
  'automatic-organization-existing': {
    title: 'Een werkapparaat dat u al gebruikt verbinden',
    intro: 'Hiermee verbindt u een werkapparaat dat zonder uw werkaccount is ingesteld met uw organisatie. IT beheert daarna het hele apparaat.',
    before: [
      'Kijk eerst in Instellingen > Accounts > Toegang tot werk of school: staat daar al “Verbonden met … Microsoft Entra ID”, dan bent u klaar.',
      homeCheck,
      'Zet eerst uw bestanden in OneDrive of op een andere veilige plek. Na het toevoegen meldt u zich aan met uw werkaccount, een nieuw Windows-profiel: bestanden uit uw oude profiel gaan niet vanzelf mee.',
    ],
    steps: [
      'Open Instellingen > Accounts > Toegang tot werk of school.',
      'Kies Verbinding maken naast “Een werk- of schoolaccount toevoegen”.',
      'Kies onder Alternatieve acties “Dit apparaat toevoegen aan Microsoft Entra ID”.',
      'Meld u aan met uw zakelijke e-mailadres en wachtwoord en bevestig uw aanmelding als daarom wordt gevraagd.',
      'Controleer of de getoonde organisatie de uwe is, kies Toevoegen en daarna Gereed.',
      'Meld u af en meld u opnieuw aan met uw werkaccount (kies Andere gebruiker). Stel uw Windows Hello-pincode in als daarom wordt gevraagd.',
    ],
    fallback: ['Ontbreekt “Dit apparaat toevoegen aan Microsoft Entra ID” of is het grijs? Dan draait het apparaat Windows Home, of IT heeft toevoegen geblokkeerd: vraag het uw IT-afdeling.'],
    see: [signInPage, mfa, pin],
    time: `Ongeveer 15 tot 30 minuten; daarna komen er nog enkele uren instellingen en apps bij. ${plugged}`,
    check: 'Instellingen > Accounts > Toegang tot werk of school toont “Verbonden met … Microsoft Entra ID” en u meldt zich bij Windows aan met uw werkaccount.',
    keywords: ['bestaand apparaat', 'huidige laptop', 'al in gebruik', 'zelf gekocht', 'toevoegen', 'entra', 'toegang tot werk of school', 'verbinding maken', 'inschrijven'],
  },
  'automatic-bulk': {
    title: 'Een apparaat instellen met het pakket van IT',
    intro: 'IT heeft een inrichtingspakket gemaakt dat dit werkapparaat met uw organisatie verbindt. U kunt het zelf uitvoeren of IT vragen het te doen.',
    steps: [
      'Haal het pakket bij IT: op een USB-stick, of in de netwerkmap die IT noemt.',
      'Open Instellingen > Accounts > Toegang tot werk of school en kies “Een inrichtingspakket toevoegen” (Een inrichtingspakket toevoegen of verwijderen).',
      'Kies Een pakket toevoegen, selecteer het pakket op de USB-stick of in de netwerkmap en bevestig met Ja, toevoegen.',
      'Wacht terwijl het pakket het apparaat verbindt; het start misschien opnieuw op. Meld u aan met uw werkaccount als daarom wordt gevraagd.',
    ],
    fallback: ['Voelt u zich niet prettig bij het uitvoeren van het bestand? Geen probleem: vraag het aan IT, dan stellen zij het apparaat voor u in.'],
    see: ['Een vraag of u dit pakket vertrouwt, met de naam die IT het gaf: accepteer alleen een pakket dat u van IT kreeg.', pin],
    time: `Ongeveer 15 tot 30 minuten. ${plugged}`,
    check: 'Instellingen > Accounts > Toegang tot werk of school toont uw organisatie.',
    keywords: ['bulk', 'bulkinschrijving', 'pakket', 'inrichtingspakket', 'usb', 'usb-stick', 'ppkg', 'netwerkshare', 'veel apparaten', 'inschrijven'],
  },
  'automatic-personal-register': {
    title: 'Werk-apps gebruiken op uw eigen apparaat',
    intro: 'Hiermee voegt u uw werkaccount toe aan uw eigen Windows-apparaat, zodat u zakelijke e-mail en apps kunt gebruiken. Uw organisatie heeft dit zo ingericht dat IT alleen uw werkaccount en werkgegevens beheert, niet uw apparaat.',
    steps: registerSteps,
    see: [signInPage, mfa],
    time: 'Ongeveer 10 tot 15 minuten. Werk-apps vragen daarna misschien nog één keer om aan te melden.',
    check: 'Uw werkaccount staat onder Instellingen > Accounts > Toegang tot werk of school. U meldt zich bij Windows nog steeds aan met uw eigen account en uw bestanden blijven van u.',
    keywords: ['byod', 'eigen laptop', 'eigen apparaat', 'privé laptop', 'thuiscomputer', 'registreren', 'werkaccount', 'toegang tot werk of school', 'verbinding maken', 'inschrijven'],
  },
  'automatic-personal-register-general': {
    title: 'Uw werkaccount toevoegen aan uw eigen apparaat',
    intro: 'Hiermee voegt u uw werkaccount toe aan uw eigen Windows-apparaat, zodat u zakelijke e-mail en apps kunt gebruiken. Uw apparaat wordt daarmee niet aan uw organisatie toegevoegd.',
    before: [
      'Wat IT mag beheren hangt af van de instellingen van uw organisatie: bij sommige mensen schrijft Windows het apparaat in deze stappen ook in bij Intune, zodat IT er regels op kan zetten. Vraag uw IT-afdeling vooraf of dat voor u geldt.',
    ],
    steps: registerSteps,
    see: [signInPage, mfa],
    time: 'Ongeveer 10 tot 15 minuten. Wordt het apparaat ook ingeschreven, dan komen er nog enkele uren instellingen bij.',
    check: 'Uw werkaccount staat onder Instellingen > Accounts > Toegang tot werk of school. U meldt zich bij Windows nog steeds aan met uw eigen account.',
    keywords: ['byod', 'eigen laptop', 'eigen apparaat', 'privé laptop', 'thuiscomputer', 'registreren', 'werkaccount', 'toegang tot werk of school', 'verbinding maken', 'inschrijven'],
  },
  'automatic-personal-join': {
    title: 'Uw eigen apparaat aan uw organisatie toevoegen',
    intro: 'Uw organisatie vraagt u uw eigen apparaat toe te voegen. Lees eerst wat dat betekent.',
    before: [
      'IT gaat dit hele apparaat beheren, ook al is het van u, en kan alles erop wissen, ook uw eigen bestanden.',
      'Het apparaat wordt een apparaat van de organisatie. U meldt zich aan met uw werkaccount, een apart profiel: uw eigen profiel en bestanden blijven, maar gaan niet mee.',
      homeCheck,
      'Twijfelt u of u dit wilt? Vraag het eerst aan uw IT-afdeling. Later loskoppelen kan betekenen dat u het apparaat opnieuw moet instellen.',
    ],
    steps: [
      'Open Instellingen > Accounts > Toegang tot werk of school.',
      'Kies Verbinding maken naast “Een werk- of schoolaccount toevoegen”.',
      'Kies onder Alternatieve acties “Dit apparaat toevoegen aan Microsoft Entra ID”.',
      'Meld u aan met uw zakelijke e-mailadres en wachtwoord en bevestig uw aanmelding als daarom wordt gevraagd.',
      'Controleer of de getoonde organisatie de uwe is, kies Toevoegen en daarna Gereed.',
      'Meld u af en meld u aan met uw werkaccount (kies Andere gebruiker). Stel uw Windows Hello-pincode in als daarom wordt gevraagd.',
    ],
    see: [signInPage, mfa, pin],
    time: `Ongeveer 15 tot 30 minuten; daarna komen er nog enkele uren instellingen en apps bij. ${plugged}`,
    check: 'Instellingen > Accounts > Toegang tot werk of school toont “Verbonden met … Microsoft Entra ID”.',
    keywords: ['byod', 'eigen laptop', 'eigen apparaat', 'privé laptop', 'thuiscomputer', 'toevoegen', 'entra', 'eigen apparaat beheren', 'toegang tot werk of school', 'inschrijven'],
  },
  'windows-home-no-join': {
    title: 'Windows Home kan niet worden toegevoegd',
    intro: 'Uw apparaat draait Windows Home. Home kan niet aan Microsoft Entra ID worden toegevoegd, dus de stappen om het toe te voegen werken er niet op.',
    steps: [
      'Vraag uw IT-afdeling wat zij willen: alleen uw werkaccount toevoegen (Instellingen > Accounts > Toegang tot werk of school > Verbinding maken, met uw zakelijke e-mailadres), of upgraden naar Windows Pro.',
      'Upgraden naar Pro kost geld en gaat via Instellingen > Systeem > Activering. Doe het alleen als IT daarom vraagt; vraag hun daarna opnieuw om de instructies.',
    ],
    see: ['In Instellingen > Systeem > Info, onder Windows-specificaties, staat bij Editie Windows 11 Home (of Windows 10 Home).'],
    time: 'Het vragen aan IT kost even; er verandert niets op uw apparaat tot u kiest.',
    check: 'IT heeft u gezegd welke mogelijkheid u gebruikt.',
    keywords: ['windows home', 'home-editie', 'kan niet toevoegen', 'upgraden naar pro', 'byod'],
  },
  'autopilot-user-driven': {
    title: 'Het werkapparaat instellen dat IT u stuurde',
    intro: 'Uw organisatie heeft dit apparaat zo voorbereid dat het zichzelf instelt zodra u zich aanmeldt. Dat kan overal met internet.',
    steps: [
      'Sluit de stroom aan en, als het kan, een netwerkkabel. Zet het apparaat aan.',
      'Zonder kabel: kies uw land of regio en uw toetsenbordindeling en maak verbinding met wifi. Het apparaat installeert misschien updates en start opnieuw op.',
      'Meld u op de aanmeldpagina van uw organisatie aan met uw zakelijke e-mailadres en wachtwoord.',
      'Bevestig uw aanmelding als daarom wordt gevraagd.',
      'Wacht terwijl het apparaat zichzelf instelt en stel uw Windows Hello-pincode in als daarom wordt gevraagd. Daarna komt u op het bureaublad.',
    ],
    fallback: ['Ziet u “Hoe wilt u dit apparaat instellen?” in plaats van de pagina van uw organisatie? Kies Instellen voor werk of school en meld u aan met uw werkaccount; meld IT dat het apparaat hen niet herkende.'],
    see: [signInPage, mfa, esp, pin],
    time: `Meestal 30 tot 60 minuten, soms langer als er veel apps worden geïnstalleerd. ${plugged}`,
    check: 'U komt op het bureaublad, aangemeld met uw werkaccount, en Instellingen > Accounts > Toegang tot werk of school toont uw organisatie.',
    keywords: ['autopilot', 'nieuwe laptop', 'nieuw apparaat', 'opgestuurd', 'bezorgd', 'pakketje', 'thuiswerken', 'uitpakken', 'eerste keer opstarten', 'inschrijven'],
  },
  'autopilot-hybrid': {
    title: 'Het werkapparaat instellen dat IT voorbereidde (bedrijfsnetwerk)',
    intro: 'Dit apparaat wordt lid van het netwerk van uw organisatie én van de cloud. Het moet tijdens het instellen het bedrijfsnetwerk bereiken: op kantoor, of via de VPN die u van IT krijgt.',
    steps: [
      'Sluit de stroom aan en op kantoor zo mogelijk een netwerkkabel. Zet het apparaat aan.',
      'Zonder kabel: kies uw land of regio en uw toetsenbordindeling en maak verbinding met wifi.',
      'Meld u op de aanmeldpagina van uw organisatie aan met uw zakelijke e-mailadres en wachtwoord en bevestig uw aanmelding als daarom wordt gevraagd.',
      'Wacht terwijl het apparaat zich voorbereidt. Verschijnt het Windows-aanmeldscherm, druk dan op Ctrl+Alt+Del en meld u aan met uw netwerkaccount (domeinaccount).',
      'Het instellen gaat verder. Verschijnt de aanmeldpagina van uw organisatie opnieuw, meld u dan aan met uw zakelijke e-mailadres, laat “Toestaan dat mijn organisatie mijn apparaat beheert” aangevinkt en kies OK en daarna Gereed.',
      'Meldt het scherm dat het klaar is, kies dan Afmelden als daarom wordt gevraagd en meld u aan met uw netwerkaccount.',
    ],
    see: [signInPage, mfa, esp, 'Het Windows-aanmeldscherm midden in het instellen: dat hoort zo, het is geen fout.'],
    time: `Meestal 45 tot 90 minuten, met een paar keer opnieuw opstarten. ${plugged}`,
    failure: ['Blijft het hangen bij het Windows-aanmeldscherm en wordt uw account niet geaccepteerd? Dan bereikt het apparaat waarschijnlijk het bedrijfsnetwerk niet: vertel de helpdesk of u op kantoor of via VPN werkte.'],
    check: 'U meldt zich bij Windows aan met uw netwerkaccount en Instellingen > Accounts > Toegang tot werk of school toont het domein van uw organisatie.',
    keywords: ['autopilot', 'hybride', 'domein', 'nieuwe laptop', 'kantoornetwerk', 'vpn', 'ctrl alt del', 'inschrijven'],
  },
  'autopilot-pre-provisioned': {
    title: 'Uw voorbereide werkapparaat starten',
    intro: 'IT heeft het meeste dat dit apparaat nodig heeft al geïnstalleerd, dus uw deel is korter.',
    steps: [
      'Sluit de stroom aan en zet het apparaat aan. Maak verbinding met wifi of een netwerkkabel als daarom wordt gevraagd.',
      'Meld u op de aanmeldpagina van uw organisatie aan met uw zakelijke e-mailadres en wachtwoord en bevestig uw aanmelding als daarom wordt gevraagd.',
      'Wacht terwijl het instellen uw account afrondt en stel uw Windows Hello-pincode in als daarom wordt gevraagd. Daarna komt u op het bureaublad.',
    ],
    see: [signInPage, mfa, 'Het inrichtingsscherm, waarop het voorbereiden en instellen van het apparaat al klaar zijn en alleen uw account nog wordt ingesteld.', pin],
    time: `Meestal 10 tot 30 minuten. ${plugged}`,
    check: 'U komt op het bureaublad, aangemeld met uw werkaccount.',
    keywords: ['autopilot', 'vooraf ingericht', 'voorbereid', 'nieuwe laptop', 'van it', 'uitgereikt', 'inschrijven'],
  },
  'autopilot-self-deploying': {
    title: 'Een gedeeld apparaat of kioskapparaat: u hoeft niets in te stellen',
    intro: 'Dit apparaat hoort niet bij één persoon. Het stelt zichzelf in; niemand meldt zich aan tijdens het instellen.',
    steps: ['Sluit de stroom en een netwerkkabel aan (of de wifi die IT noemde) en zet het apparaat aan.', 'Wacht. Het apparaat stelt zichzelf in en start vanzelf opnieuw op; meld u niet aan en verander niets.'],
    see: ['Het inrichtingsscherm terwijl het apparaat wordt voorbereid en ingesteld, daarna het kiosk- of gedeelde startscherm.'],
    time: `Meestal 20 tot 60 minuten. ${plugged}`,
    check: 'Het apparaat toont zijn kiosk- of gedeelde startscherm, klaar voor de gebruikers.',
    keywords: ['kiosk', 'gedeeld apparaat', 'gedeelde pc', 'toegewezen', 'zelf-implementerend', 'vergaderruimte', 'receptie', 'autopilot'],
  },
  'autopilot-existing-devices': {
    title: 'Uw huidige apparaat overzetten naar de nieuwe inrichting',
    intro: 'Uw apparaat krijgt een nieuwe installatie van Windows en verbindt zich daarna met uw organisatie. Alles op het apparaat wordt gewist.',
    before: ['Zet eerst al uw bestanden in OneDrive of op een netwerkschijf: de schijf wordt geformatteerd.', 'Kies een moment waarop u het apparaat ongeveer twee uur niet nodig hebt.'],
    steps: [
      'Open Software Center en kies Besturingssystemen.',
      'Kies "Autopilot voor bestaande apparaten", daarna Installeren, en bevestig.',
      'Wacht terwijl het apparaat downloadt wat nodig is, de schijf wist en Windows installeert; het start een paar keer opnieuw op.',
      'Meld u op de aanmeldpagina van uw organisatie aan met uw zakelijke e-mailadres en wachtwoord en bevestig uw aanmelding als daarom wordt gevraagd.',
      'Wacht terwijl het apparaat zichzelf instelt en stel uw Windows Hello-pincode in als daarom wordt gevraagd.',
    ],
    see: ['Software Center, daarna een paar keer opnieuw opstarten en een scherm waarop Windows wordt geïnstalleerd.', signInPage, mfa, esp, pin],
    time: `Vaak 1 tot 2 uur in totaal. ${plugged}`,
    check: 'U komt op een nieuw bureaublad, aangemeld met uw werkaccount. Zet daarna uw bewaarde bestanden terug.',
    keywords: ['bestaand apparaat', 'oude laptop', 'huidige laptop', 'upgrade', 'software center', 'opnieuw installeren', 'autopilot', 'inschrijven'],
  },
  'group-policy': {
    title: 'Uw werk-pc verbindt zich vanzelf met Intune',
    intro: 'Uw pc zit al in het bedrijfsnetwerk. IT verbindt hem met een instelling met Intune, dus u hoeft bijna niets te doen.',
    steps: ['Gebruik uw pc zoals altijd, op kantoor of via VPN, aangemeld met uw werkaccount.', 'Vraagt Windows u zich opnieuw aan te melden met uw werkaccount, doe dat dan.'],
    see: ['Misschien een melding dat uw organisatie instellingen beheert, of een verzoek om opnieuw aan te melden. Verder verandert er niets.'],
    time: 'Het gebeurt op de achtergrond en kan tot een dag duren nadat IT het heeft aangezet.',
    check: 'Instellingen > Accounts > Toegang tot werk of school toont uw organisatie, met een knop Info zodra de pc wordt beheerd.',
    keywords: ['groepsbeleid', 'domein', 'bedrijfs-pc', 'kantoor-pc', 'desktop', 'melding', 'opnieuw aanmelden', 'gpo', 'inschrijven'],
  },
  'co-management-existing': {
    title: 'Uw werk-pc wordt bij Intune ingeschreven: u hoeft niets te doen',
    intro: 'Uw pc wordt al door IT beheerd met Configuration Manager. Hij wordt nu ook bij Intune ingeschreven, vanzelf.',
    steps: ['Gebruik uw pc zoals altijd, aangemeld met uw werkaccount, en start hem opnieuw op als Windows daarom vraagt.'],
    see: ['Niets bijzonders. Software Center blijft; misschien een melding dat uw organisatie instellingen beheert.'],
    time: 'IT spreidt dit over de tijd: het kan dagen duren voordat uw pc is ingeschreven. U hoeft er niet op te wachten.',
    check: 'U hoeft niets te controleren; IT ziet uw pc in Intune zodra hij is ingeschreven. Instellingen > Accounts > Toegang tot werk of school toont dan uw organisatie met een knop Info.',
    keywords: ['co-beheer', 'configuration manager', 'sccm', 'software center', 'bedrijfs-pc', 'kantoor-pc', 'intune', 'inschrijven'],
  },
  'co-management-new': {
    title: 'Uw nieuwe werkapparaat instellen',
    intro: 'Uw nieuwe werkapparaat verbindt zich tijdens het instellen met uw organisatie. Configuration Manager komt er later vanzelf bij.',
    steps: [
      'Zet het apparaat aan. Kies uw land of regio en uw toetsenbordindeling.',
      'Maak verbinding met wifi of sluit een netwerkkabel aan en kies Volgende. Het apparaat installeert misschien updates en start opnieuw op.',
      'Vraagt Windows “Hoe wilt u dit apparaat instellen?”, kies dan Instellen voor werk of school. Verschijnt meteen de aanmeldpagina van uw organisatie, ga dan door met de volgende stap.',
      'Meld u aan met uw zakelijke e-mailadres en wachtwoord en bevestig uw aanmelding als daarom wordt gevraagd.',
      'Wacht terwijl het apparaat zichzelf instelt en stel uw Windows Hello-pincode in als daarom wordt gevraagd.',
    ],
    fallback: ['Per ongeluk aangemeld met een persoonlijk account? Open Instellingen > Accounts > Toegang tot werk of school, kies Verbinding maken, kies “Dit apparaat toevoegen aan Microsoft Entra ID” en meld u aan met uw werkaccount.'],
    see: [signInPage, mfa, esp, pin, 'Later verschijnt de app Software Center vanzelf.'],
    time: `Meestal 30 tot 60 minuten; Software Center kan nog enkele uren duren. ${plugged}`,
    check: 'Instellingen > Accounts > Toegang tot werk of school toont uw organisatie en Software Center verschijnt binnen een dag.',
    keywords: ['co-beheer', 'configuration manager', 'nieuwe laptop', 'software center', 'instellen voor werk of school', 'inschrijven'],
  },
  'userless-nothing-to-do': {
    title: 'Een gedeeld apparaat: IT stelt het in',
    intro: 'Dit apparaat wordt gedeeld of draait als kiosk. IT stelt het in; u hoeft niets in te schrijven.',
    steps: ['Gebruik het apparaat zoals IT uitlegde: meld u aan met uw eigen werkaccount als daarom wordt gevraagd, of gebruik gewoon de kiosk-app.', 'Lijkt er iets mis of vraagt het om instellen? Stel het niet zelf in: meld het aan IT.'],
    see: ['Het gedeelde aanmeldscherm of de kiosk-app, geen inrichtingsscherm.'],
    time: 'U hoeft nergens op te wachten.',
    check: 'Het apparaat toont de kiosk-app of het gedeelde aanmeldscherm.',
    keywords: ['gedeeld apparaat', 'kiosk', 'gedeelde pc', 'vergaderruimte', 'receptie', 'gebruikersloos', 'niets te doen'],
  },
};
