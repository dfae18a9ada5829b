import type { MethodResult, Recommendation } from '../engine/types';
import { pick } from './lang';
import { methodName, verdictLabel } from './methods';
import {
  autopilotJoinText,
  autopilotModeName,
  autopilotModeText,
  coManagementPathText,
  policyText,
  registerPersonalText,
  scopeLabel,
  scopesText,
} from './policy';
import { prerequisiteText } from './prerequisites';
import { reasonText } from './reasons';
import type { Lang, LocalizedMethod, LocalizedRecommendation } from './types';
import { localizeWarning } from './warnings';

const NO_RECOMMENDATION = {
  en: {
    personalUserless:
      'No recommendation yet: your answers contradict each other. User-less devices (kiosk, dedicated, shared) are organization-owned, yet your answers include personal devices. Re-check who owns the devices and who uses them.',
    other:
      'No recommendation yet: your answers rule out every method or contradict each other. Re-check device ownership, Microsoft Entra ID P1 and Configuration Manager.',
  },
  nl: {
    personalUserless:
      'Nog geen advies: uw antwoorden spreken elkaar tegen. Apparaten zonder gebruiker (kiosk, toegewezen, gedeeld) zijn bedrijfseigendom, maar volgens uw antwoorden gaat het ook om persoonlijke apparaten. Controleer van wie de apparaten zijn en wie ze gebruiken.',
    other:
      'Nog geen advies: uw antwoorden sluiten elke methode uit of spreken elkaar tegen. Controleer het eigendom van de apparaten, Microsoft Entra ID P1 en Configuration Manager.',
  },
} satisfies Record<Lang, Record<'personalUserless' | 'other', string>>;

/** The recommended method's name, or a sentence saying the answers contradict each other and what to re-check. */
export function recommendedNameText(rec: Recommendation, lang: Lang): string {
  if (rec.recommended !== null) return methodName(rec.recommended, lang);
  const texts = pick(NO_RECOMMENDATION, lang);
  return rec.warnings.includes('personal-userless-conflict') ? texts.personalUserless : texts.other;
}

/** One method's verdict with every reason and prerequisite worded in `lang`, in the engine's order. */
export function localizeMethod(result: MethodResult, lang: Lang): LocalizedMethod {
  return {
    id: result.id,
    name: methodName(result.id, lang),
    verdict: result.verdict,
    verdictLabel: verdictLabel(result.verdict, lang),
    reasons: result.reasons.map((reason) => ({
      criterion: reason.criterion,
      effect: reason.effect,
      text: reasonText(reason, result.id, lang),
    })),
    prerequisites: result.prerequisites.map((code) => ({ code, text: prerequisiteText(code, lang) })),
  };
}

/** The engine's recommendation with every id turned into text in `lang`; segments (mixed ownership) are localized the same way. */
export function localizeRecommendation(rec: Recommendation, lang: Lang): LocalizedRecommendation {
  return {
    recommended: rec.recommended,
    recommendedName: recommendedNameText(rec, lang),
    policy: rec.policy,
    policyText: policyText(rec.policy, lang),
    methods: rec.methods.map((m) => localizeMethod(m, lang)),
    warnings: rec.warnings.map((code) => localizeWarning(code, lang)),
    ...(rec.autopilotMode === undefined
      ? {}
      : {
          autopilotMode: {
            id: rec.autopilotMode,
            name: autopilotModeName(rec.autopilotMode, lang),
            text: autopilotModeText(rec.autopilotMode, lang),
          },
        }),
    ...(rec.autopilotJoin === undefined ? {} : { autopilotJoin: { id: rec.autopilotJoin, text: autopilotJoinText(rec.autopilotJoin, lang) } }),
    ...(rec.coManagementPath === undefined
      ? {}
      : { coManagementPath: { id: rec.coManagementPath, text: coManagementPathText(rec.coManagementPath, lang) } }),
    ...(rec.registerPersonal === undefined
      ? {}
      : { registerPersonal: { id: rec.registerPersonal, text: registerPersonalText(rec.registerPersonal, lang) } }),
    ...(rec.scopes === undefined
      ? {}
      : {
          scopes: {
            mdm: rec.scopes.mdm,
            mam: rec.scopes.mam,
            mdmLabel: scopeLabel(rec.scopes.mdm, lang),
            mamLabel: scopeLabel(rec.scopes.mam, lang),
            text: scopesText(rec.scopes, lang),
          },
        }),
    ...(rec.segments === undefined
      ? {}
      : {
          segments: {
            organization: localizeRecommendation(rec.segments.organization, lang),
            personal: localizeRecommendation(rec.segments.personal, lang),
          },
        }),
  };
}
