import type { CleanOrg, CommonTexts, Line, SetCatalogue } from './shape';

// Screens and labels checked on Microsoft Learn: "Join Windows 11 devices to Microsoft Entra ID during OOBE"
// (entra-docs, 2026-01-08); "User-driven Microsoft Entra join / hybrid join: Deploy the device" (Autopilot
// tutorials, 2024-06-19); "Microsoft Entra registered devices" (2025-02-27); "Microsoft Entra joined devices" (2024-02-26).

export const COMMON_EN: CommonTexts = {
  headings: {
    before: 'Before you start',
    steps: 'Steps',
    see: 'What you will see',
    time: 'How long it takes',
    fallback: 'If something is different',
    failure: 'If it fails',
    check: 'How to know it worked',
  },
  fromOrg: (name) => `From the IT department of ${name}.`,
  failure: [
    'Write down the error code, or take a photo of the screen.',
    'Do not reset the device or reinstall Windows yourself: IT may need it as it is.',
    'Send the helpdesk the error and the device’s serial number. It is on a sticker underneath or on the box; in Windows, right-click Start, open Terminal, type Get-CimInstance Win32_BIOS and press Enter: it is the SerialNumber line.',
  ],
  contact: (text) => `Your helpdesk: ${text}`,
  defaultContact: 'Your helpdesk: contact your IT department.',
  general: 'These are the general instructions. Where you need a server name or a contact, your IT department gives you the right values.',
};

const orgName = (org: CleanOrg): string => org.organizationName ?? 'your organization';
const signInPage: Line = (org) => `Your organization’s sign-in page, with ${orgName(org)}’s name or logo: the sign that you are in the right place. Never type your work password on a page without it.`;
const mfa = 'A request to confirm your sign-in with a second step (the Microsoft Authenticator app, a text message or a call), if your organization uses multifactor sign-in.';
const pin = 'A request to set up a Windows Hello PIN (and face or fingerprint if the device has it). The PIN works only on this device.';
const esp = 'A screen that shows the set-up in three parts: Device preparation, Device setup and Account setup. Select ∨ next to a part to see what it is installing.';
const plugged = 'Keep the device plugged in and connected to the internet the whole time; do not close the lid.';
const serverLine: Line = (org) =>
  org.enrollmentServer === undefined ? 'If Windows asks for a server, type the server name your IT department gives you.' : `If Windows asks for a server, type: ${org.enrollmentServer}`;
const homeCheck = 'Check your Windows edition: Settings > System > About, under Windows specifications, Edition. Home cannot do this: stop and ask your IT department.';
/** Adding the work account from Settings (register): the same steps whether or not the organization published its settings. */
const registerSteps: readonly Line[] = [
  'Open Settings > Accounts > Access work or school.',
  'Next to “Add a work or school account”, select Connect.',
  'Type your work e-mail address and select Next. Do not choose “Join this device to Microsoft Entra ID”: that is for work devices.',
  serverLine,
  'Sign in with your work password, confirm your sign-in if asked, then select Done.',
];

export const SETS_EN: SetCatalogue = {
  'automatic-organization': {
    title: 'Set up your new work device',
    intro: 'Your new work device connects to your organization while you set it up, when you sign in with your work account.',
    steps: [
      'Turn on the device. Choose your country or region, then your keyboard layout (skip the second layout if you do not need one).',
      'Connect to Wi-Fi or plug in a network cable, then select Next. The device may install updates and restart.',
      'If Windows asks “How would you like to set up this device?”, select Set up for work or school.',
      'Sign in with your work e-mail address and password. Do not use a personal Microsoft account.',
      'Confirm your sign-in if asked, and set up your Windows Hello PIN.',
      'Wait while Windows adds your organization’s settings and apps; the device may restart. You then arrive at the desktop.',
    ],
    fallback: [
      'Your organization’s sign-in page appears straight away? IT prepared the device: sign in there and continue with step 5.',
      'Signed in with a personal account by mistake? Open Settings > Accounts > Access work or school, select Connect, choose “Join this device to Microsoft Entra ID” and sign in with your work account.',
    ],
    see: [signInPage, mfa, pin, esp],
    time: `Usually 20 to 60 minutes, longer when many apps are installed. ${plugged}`,
    check: 'Settings > Accounts > Access work or school shows “Connected to … Microsoft Entra ID” with your work account.',
    keywords: ['enroll', 'enrol', 'new laptop', 'work laptop', 'work device', 'company laptop', 'set up', 'sign in', 'set up for work or school', 'intune'],
  },
  'automatic-organization-existing': {
    title: 'Connect a work device you already use',
    intro: 'This connects a work device that was set up without your work account to your organization. IT will manage the whole device.',
    before: [
      'Check Settings > Accounts > Access work or school first: if it already shows “Connected to … Microsoft Entra ID”, you are done.',
      homeCheck,
      'Save your files to OneDrive or another safe place first. After joining you sign in with your work account, which is a new Windows profile: files from your old profile do not move by themselves.',
    ],
    steps: [
      'Open Settings > Accounts > Access work or school.',
      'Next to “Add a work or school account”, select Connect.',
      'Under Alternate actions, select “Join this device to Microsoft Entra ID”.',
      'Sign in with your work e-mail address and password, and confirm your sign-in if asked.',
      'Check that the organization shown is yours, select Join, then Done.',
      'Sign out, and sign in again with your work account (select Other user). Set up your Windows Hello PIN when asked.',
    ],
    fallback: ['“Join this device to Microsoft Entra ID” is missing or greyed out? The device runs Windows Home, or IT has blocked joining: ask your IT department.'],
    see: [signInPage, mfa, pin],
    time: `About 15 to 30 minutes, then settings and apps keep arriving for up to a few hours. ${plugged}`,
    check: 'Settings > Accounts > Access work or school shows “Connected to … Microsoft Entra ID”, and you sign in to Windows with your work account.',
    keywords: ['existing device', 'current laptop', 'already use', 'bought myself', 'join', 'entra', 'access work or school', 'connect'],
  },
  'automatic-bulk': {
    title: 'Set up a device with the package from IT',
    intro: 'IT prepared a provisioning package that connects this work device to your organization. You can run it yourself, or ask IT to do it.',
    steps: [
      'Get the package from IT: on a USB drive, or in the network folder IT names.',
      'Open Settings > Accounts > Access work or school, and select “Add a provisioning package” (Add or remove a provisioning package).',
      'Select Add a package, pick the package from the USB drive or network folder, and confirm with Yes, add it.',
      'Wait while the package connects the device; it may restart. Sign in with your work account when asked.',
    ],
    fallback: ['Not comfortable running the file? That is fine: ask IT and they set up the device for you.'],
    see: ['A question whether you trust this package, showing the name IT gave it: only accept a package you got from IT.', pin],
    time: `About 15 to 30 minutes. ${plugged}`,
    check: 'Settings > Accounts > Access work or school shows your organization.',
    keywords: ['bulk', 'package', 'provisioning package', 'usb', 'usb stick', 'ppkg', 'network share', 'configuration designer', 'many devices'],
  },
  'automatic-personal-register': {
    title: 'Use work apps on your own device',
    intro: 'This adds your work account to your own Windows device, so you can use work e-mail and apps. Your organization has set this up so that IT manages only your work account and work data, not your device.',
    steps: registerSteps,
    see: [signInPage, mfa],
    time: 'About 10 to 15 minutes. Work apps may ask you to sign in once more afterwards.',
    check: 'Your work account shows under Settings > Accounts > Access work or school. You still sign in to Windows with your own account, and your files stay yours.',
    keywords: ['byod', 'personal laptop', 'own device', 'own laptop', 'home computer', 'private pc', 'register', 'work account', 'access work or school', 'connect'],
  },
  'automatic-personal-register-general': {
    title: 'Add your work account to your own device',
    intro: 'This adds your work account to your own Windows device, so you can use work e-mail and apps. It does not join your device to your organization.',
    before: [
      'What IT may manage depends on your organization’s settings: for some people Windows also enrolls the device in Intune in these steps, so IT can set rules on it. Ask your IT department whether that applies to you before you start.',
    ],
    steps: registerSteps,
    see: [signInPage, mfa],
    time: 'About 10 to 15 minutes. If the device is enrolled too, settings keep arriving for up to a few hours.',
    check: 'Your work account shows under Settings > Accounts > Access work or school. You still sign in to Windows with your own account.',
    keywords: ['byod', 'personal laptop', 'own device', 'own laptop', 'home computer', 'private pc', 'register', 'work account', 'access work or school', 'connect'],
  },
  'automatic-personal-join': {
    title: 'Join your own device to your organization',
    intro: 'Your organization asks you to join your own device. Read what that means first.',
    before: [
      'IT will manage this whole device, although it is yours, and can erase (wipe) all of it, including your own files.',
      'The device becomes an organization device. You sign in with your work account, which is a separate profile: your own profile and files stay, but are not moved.',
      homeCheck,
      'Not sure you want this? Ask your IT department first. Leaving an organization later can mean resetting the device.',
    ],
    steps: [
      'Open Settings > Accounts > Access work or school.',
      'Next to “Add a work or school account”, select Connect.',
      'Under Alternate actions, select “Join this device to Microsoft Entra ID”.',
      'Sign in with your work e-mail address and password, and confirm your sign-in if asked.',
      'Check that the organization shown is yours, select Join, then Done.',
      'Sign out, and sign in with your work account (select Other user). Set up your Windows Hello PIN when asked.',
    ],
    see: [signInPage, mfa, pin],
    time: `About 15 to 30 minutes, then settings and apps keep arriving for up to a few hours. ${plugged}`,
    check: 'Settings > Accounts > Access work or school shows “Connected to … Microsoft Entra ID”.',
    keywords: ['byod', 'personal laptop', 'own device', 'own laptop', 'home computer', 'join', 'entra', 'manage personal device', 'access work or school'],
  },
  'windows-home-no-join': {
    title: 'Windows Home cannot be joined',
    intro: 'Your device runs Windows Home. Home cannot join Microsoft Entra ID, so the join steps will not work on it.',
    steps: [
      'Ask your IT department which of these they want: adding only your work account (Settings > Accounts > Access work or school > Connect, with your work e-mail address), or upgrading to Windows Pro.',
      'Upgrading to Pro costs money and is done in Settings > System > Activation. Only do it if IT asks you to; then ask them for the join instructions again.',
    ],
    see: ['In Settings > System > About, under Windows specifications, Edition shows Windows 11 Home (or Windows 10 Home).'],
    time: 'Asking IT takes a moment; nothing changes on your device until you choose.',
    check: 'IT has told you which option to use.',
    keywords: ['windows home', 'home edition', 'cannot join', 'upgrade to pro', 'byod'],
  },
  'autopilot-user-driven': {
    title: 'Set up the work device IT sent you',
    intro: 'Your organization prepared this device to set itself up when you sign in. You can do it anywhere with internet.',
    steps: [
      'Plug in the power and, if you can, a network cable. Turn on the device.',
      'Without a cable: choose your country or region, your keyboard layout, and connect to Wi-Fi. The device may install updates and restart.',
      'On your organization’s sign-in page, sign in with your work e-mail address and password.',
      'Confirm your sign-in if asked.',
      'Wait while the device sets itself up and set up your Windows Hello PIN when asked. You then arrive at the desktop.',
    ],
    fallback: ['You see “How would you like to set up this device?” instead of your organization’s page? Select Set up for work or school and sign in with your work account; tell IT the device did not recognize them.'],
    see: [signInPage, mfa, esp, pin],
    time: `Usually 30 to 60 minutes, sometimes more when many apps are installed. ${plugged}`,
    check: 'You arrive at the desktop signed in with your work account, and Settings > Accounts > Access work or school shows your organization.',
    keywords: ['autopilot', 'new laptop', 'new device', 'shipped', 'delivered', 'parcel', 'remote', 'working from home', 'unbox', 'first start'],
  },
  'autopilot-hybrid': {
    title: 'Set up the work device IT prepared (company network)',
    intro: 'This device joins your organization’s network as well as the cloud. It needs to reach the company network during set-up: at the office, or over the VPN IT gives you.',
    steps: [
      'Plug in the power and a network cable at the office if you can. Turn on the device.',
      'Without a cable: choose your country or region, your keyboard layout, and connect to Wi-Fi.',
      'On your organization’s sign-in page, sign in with your work e-mail address and password, and confirm your sign-in if asked.',
      'Wait while the device prepares itself. When the Windows sign-in screen appears, press Ctrl+Alt+Del and sign in with your network (domain) account.',
      'The set-up continues. If your organization’s sign-in page appears again, sign in with your work e-mail address, keep “Allow my organization to manage my device” selected and select OK, then Done.',
      'When the set-up screen says it is finished, select Sign out if it asks, and sign in with your network account.',
    ],
    see: [signInPage, mfa, esp, 'The Windows sign-in screen in the middle of the set-up: this is expected, not an error.'],
    time: `Usually 45 to 90 minutes, with several restarts. ${plugged}`,
    failure: ['It stops at the Windows sign-in screen and your account is not accepted? The device probably cannot reach the company network: tell the helpdesk whether you were at the office or on VPN.'],
    check: 'You sign in to Windows with your network account, and Settings > Accounts > Access work or school shows your organization’s domain.',
    keywords: ['autopilot', 'hybrid', 'domain', 'new laptop', 'office network', 'vpn', 'ctrl alt del'],
  },
  'autopilot-pre-provisioned': {
    title: 'Start your prepared work device',
    intro: 'IT already installed most of what this device needs, so your part is shorter.',
    steps: [
      'Plug in the power and turn on the device. Connect to Wi-Fi or a network cable if asked.',
      'On your organization’s sign-in page, sign in with your work e-mail address and password, and confirm your sign-in if asked.',
      'Wait while the set-up finishes your account, and set up your Windows Hello PIN when asked. You then arrive at the desktop.',
    ],
    see: [signInPage, mfa, 'The set-up screen, where Device preparation and Device setup are already done and only Account setup runs.', pin],
    time: `Usually 10 to 30 minutes. ${plugged}`,
    check: 'You arrive at the desktop signed in with your work account.',
    keywords: ['autopilot', 'pre-provisioned', 'prepared', 'new laptop', 'from it', 'white glove', 'handed out'],
  },
  'autopilot-self-deploying': {
    title: 'A shared or kiosk device: nothing for you to set up',
    intro: 'This device is not tied to one person. It sets itself up; nobody signs in during set-up.',
    steps: ['Plug in the power and a network cable (or the Wi-Fi IT told you), and turn on the device.', 'Wait. The device sets itself up and restarts by itself; do not sign in or change anything.'],
    see: ['The set-up screen showing Device preparation and Device setup, then the kiosk or shared start screen.'],
    time: `Usually 20 to 60 minutes. ${plugged}`,
    check: 'The device shows its kiosk or shared start screen, ready for its users.',
    keywords: ['kiosk', 'shared device', 'shared pc', 'dedicated', 'self-deploying', 'meeting room', 'reception', 'autopilot'],
  },
  'autopilot-existing-devices': {
    title: 'Move your current device to the new set-up',
    intro: 'Your device gets a fresh copy of Windows and then connects to your organization. Everything on it is erased.',
    before: ['Save all your files to OneDrive or a network drive first: the drive is formatted.', 'Plan a moment when you do not need the device for about two hours.'],
    steps: [
      'Open Software Center and select Operating Systems.',
      'Select "Autopilot for existing devices", then Install, and confirm.',
      'Wait while the device downloads what it needs, erases the drive and installs Windows; it restarts several times.',
      'On your organization’s sign-in page, sign in with your work e-mail address and password, and confirm your sign-in if asked.',
      'Wait while the device sets itself up, and set up your Windows Hello PIN when asked.',
    ],
    see: ['Software Center, then several restarts and a Windows installation screen.', signInPage, mfa, esp, pin],
    time: `Often 1 to 2 hours in total. ${plugged}`,
    check: 'You arrive at a fresh desktop signed in with your work account. Put your saved files back.',
    keywords: ['existing device', 'old laptop', 'current laptop', 'upgrade', 'software center', 'reinstall', 'autopilot'],
  },
  'group-policy': {
    title: 'Your work PC connects to Intune by itself',
    intro: 'Your PC is already in the company network. IT connects it to Intune with a setting, so you hardly need to do anything.',
    steps: ['Keep using your PC as usual, at the office or on VPN, signed in with your work account.', 'If Windows asks you to sign in again with your work account, do so.'],
    see: ['Perhaps a notification that your organization manages settings, or a request to sign in again. Nothing else changes.'],
    time: 'It happens in the background and can take up to a day after IT switches it on.',
    check: 'Settings > Accounts > Access work or school shows your organization, with an Info button when the PC is managed.',
    keywords: ['group policy', 'domain', 'company pc', 'office pc', 'desktop', 'notification', 'sign in again', 'gpo'],
  },
  'co-management-existing': {
    title: 'Your work PC is added to Intune: nothing to do',
    intro: 'Your PC is already managed by IT with Configuration Manager. It is now also added to Intune, by itself.',
    steps: ['Keep using your PC as usual, signed in with your work account, and restart it when Windows asks.'],
    see: ['Nothing special. Software Center stays; perhaps a notification that your organization manages settings.'],
    time: 'IT spreads this out over time: it can take days before your PC is added. You do not need to wait for it.',
    check: 'Nothing to check; IT sees your PC in Intune once it is added. Settings > Accounts > Access work or school then shows your organization with an Info button.',
    keywords: ['co-management', 'configuration manager', 'sccm', 'software center', 'company pc', 'office pc', 'intune'],
  },
  'co-management-new': {
    title: 'Set up your new work device',
    intro: 'Your new work device connects to your organization while you set it up. Configuration Manager is added later by itself.',
    steps: [
      'Turn on the device. Choose your country or region and your keyboard layout.',
      'Connect to Wi-Fi or plug in a network cable, then select Next. The device may install updates and restart.',
      'If Windows asks “How would you like to set up this device?”, select Set up for work or school. If your organization’s sign-in page appears straight away, go on with the next step.',
      'Sign in with your work e-mail address and password, and confirm your sign-in if asked.',
      'Wait while the device sets itself up, and set up your Windows Hello PIN when asked.',
    ],
    fallback: ['Signed in with a personal account by mistake? Open Settings > Accounts > Access work or school, select Connect, choose “Join this device to Microsoft Entra ID” and sign in with your work account.'],
    see: [signInPage, mfa, esp, pin, 'Later, the Software Center app appears by itself.'],
    time: `Usually 30 to 60 minutes; Software Center can take a few hours more. ${plugged}`,
    check: 'Settings > Accounts > Access work or school shows your organization, and Software Center appears within a day.',
    keywords: ['co-management', 'configuration manager', 'new laptop', 'software center', 'set up for work or school'],
  },
  'userless-nothing-to-do': {
    title: 'A shared device: IT sets it up',
    intro: 'This device is shared or runs as a kiosk. IT sets it up; you have nothing to enroll.',
    steps: ['Use the device as IT explained: sign in with your own work account if it asks, or just use the kiosk app.', 'Something looks wrong or it asks for set-up? Do not set it up yourself: tell IT.'],
    see: ['The shared sign-in screen or the kiosk app, not a set-up screen.'],
    time: 'Nothing to wait for on your side.',
    check: 'The device shows the kiosk app or the shared sign-in screen.',
    keywords: ['shared device', 'kiosk', 'shared pc', 'meeting room', 'reception', 'userless', 'nothing to do'],
  },
};
