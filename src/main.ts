import { mount } from 'svelte';
import App from './App.svelte';
import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import './ui/global.css';

mount(App, { target: document.getElementById('app')! });
