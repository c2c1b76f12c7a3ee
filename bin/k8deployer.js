#!/usr/bin/env node
// The CLI runs from the committed ncc bundle, so `npx k8deployer` needs no build step.
await import('../dist/cli/index.js');
