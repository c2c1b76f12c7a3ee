// The one bundle entry (dist/index.js) for both faces: the action runs it as is; bin/k8deployer.js marks the
// process as the CLI first. Both load their code on demand, so they share one copy of every chunk in dist/.
declare global {
  var k8deployerCli: boolean | undefined;
}

if (globalThis.k8deployerCli) await import('./cli-main.js');
else await import('./main.js');

export {};
