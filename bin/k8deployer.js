#!/usr/bin/env node
// The CLI runs from the committed ncc bundle, so `npx k8deployer` needs no build step.
globalThis.k8deployerCli = true;
await import('../dist/index.js');
