import { mount } from 'svelte';
import App from './App.svelte';
import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import './ui/global.css';
import { getEngine } from './engine/database';

// DuckDB's WebAssembly takes seconds to fetch and compile: start it before the page is drawn
// (the session awaits the same promise and reports a failure).
getEngine().catch(() => undefined);

mount(App, { target: document.getElementById('app')! });
