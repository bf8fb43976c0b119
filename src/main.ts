import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import './ui/global.css';
import { getEngine } from './engine/database';

// DuckDB's WebAssembly takes seconds to fetch and compile: start it first (the session awaits
// the same promise and reports a failure), and fetch and run the app's own code meanwhile.
getEngine().catch(() => undefined);

const [{ mount }, { default: App }] = await Promise.all([import('svelte'), import('./App.svelte')]);
mount(App, { target: document.getElementById('app')! });
