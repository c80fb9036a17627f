// Synthetic timelines for the tests: the same generator the benchmark uses (bench/generate-events.mjs).
export { generateTimeline, random } from '../../bench/generate-events.mjs';
