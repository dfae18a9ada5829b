/** The Adaptive Cards: one typed view model and build function per card, all expanded by one render(). */
export { ADAPTIVE_CARD_CONTENT_TYPE, CARD_VERSION, type AdaptiveCardJson } from './card-json';
export { cardByteSize, collectActions, collectVerbs, findTemplateLeftovers, type FoundAction } from './inspect';
export { CardTemplateError, TEMPLATE_NAMES, render, templateJson, type TemplateName, type ViewModels } from './render';
export * from './verbs';
export * from './view-model';
export * from './welcome-card';
export * from './help-card';
export * from './question-card';
export * from './answered-card';
export * from './recommendation-card';
export * from './comparison-card';
export * from './admin-tasks-card';
export * from './instructions-card';
export * from './error-card';
export * from './notice-card';
export * from './settings-card';
export * from './employee-question-card';
