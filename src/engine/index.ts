/** The rules engine's public API: pure, synchronous, deterministic; ids only, never prose. */
export * from './types';
export { MATRIX } from './matrix';
export { validateAnswers, isAnswerValue, isQuestionId, allowedValues } from './answers';
export { recommend } from './recommend';
export { nextQuestion, MAX_QUESTIONS } from './next-question';
export { hardStopGroup } from './hard-stop-group';
export { decisionKey } from './decision-focus';
export { adminTasks, coManagementPath } from './admin-tasks';
export { instructionSets } from './instruction-sets';
export { situation } from './situation';
export { employeeNextQuestion, employeeInstructionSet, employeeQuestionTotal, isEmployeeAnswerValue, managesPersonalDevices } from './employee';
export { sinceGuideChanges, guideCopyNotes } from './since-guide';
