/** Organization settings (issue 5): validation, diffs and a store over any key-value storage. Pure: no botbuilder. */
export * from './fields';
export * from './validate';
export * from './diff';
export * from './settings-store';
