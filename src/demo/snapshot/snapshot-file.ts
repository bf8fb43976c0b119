/** The demo snapshot's file, written by the build beside `index.html` and fetched from there. */
export const DEMO_SNAPSHOT_FILE = 'demo-snapshot.json';
