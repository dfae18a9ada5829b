/**
 * Jest runs each test file in a fresh VM context whose Symbol lacks Node's Symbol.dispose and Symbol.asyncDispose.
 * playwright-core defines its disposers under `Symbol.dispose` at load time but looks them up with a fallback key,
 * so inside Jest the two disagree and frame operations (clicks and boxes inside an iframe) fail with "Object not
 * disposable". Defining the symbols before playwright-core loads makes both sides use the same key.
 */
const symbols = Symbol as unknown as { dispose?: symbol; asyncDispose?: symbol };
symbols.dispose ??= Symbol.for('Symbol.dispose');
symbols.asyncDispose ??= Symbol.for('Symbol.asyncDispose');

export {};
