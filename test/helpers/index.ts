// The one module tests take their helpers from.
export * from './axe.js';
export * from './clear.js';
export * from './contrast.js';
export * from './element.js';
export * from './frames.js';
export * from './generate.js';
export * from './wait.js';
export * from './view.js';
