/** The content layer: every user-facing guide text in English (source) and Dutch, keyed by the engine's ids. */
export * from './types';
export { isLang, langFromLocale } from './lang';
export { localizeQuestion, questionCatalogue, unknownLabel } from './questions';
export { employeeQuestion } from './employee';
export {
  criterionLabel,
  criterionNegated,
  criterionTopic,
  effectLabel,
  markLabel,
  markSymbol,
  methodName,
  methodShortName,
  methodSummary,
  registeredPersonalSummary,
  verdictLabel,
} from './methods';
export { cellNoteText } from './notes';
export { reasonText } from './reasons';
export { prerequisiteText } from './prerequisites';
export { isSinceGuide, localizeWarning, warningText } from './warnings';
export { autopilotModeName, autopilotModeText, policyText, scopeLabel, scopesText } from './policy';
export { localizeMethod, localizeRecommendation, recommendedNameText } from './recommendation';
export { groupPolicyName, localizeAdminTasks } from './tasks';
export { allInstructionSets, instructionSetMethod, instructionsAsPlainText, localizeInstructions } from './instructions';
export { CONTRADICTION_IDS, GUIDE_CONTRADICTIONS, contradictionText, contradictionsFor, type ContradictionId } from './contradictions';
export { decisionSummary, type DecisionSummary } from './decision';
export { guideCopyNoteText, sinceGuideChangeText } from './since-guide';
export { autopilotJoinText, coManagementPathText, registerPersonalText } from './policy';
