export { generateDemoData, DEFAULT_DEMO_SEED, type DemoFile } from './generate';
export { DEMO_PERIOD } from './calendar';
