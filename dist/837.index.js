export const id = 837;
export const ids = [837];
export const modules = {

/***/ 4837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo)
});

// UNUSED EXPORTS: parseDemoArgs

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/report/terminal-summary.ts
// The job summary for a terminal: the same content as the Markdown the action writes (renderJobSummary), shown as
// text. Headings stand out, tables are aligned, folded <details> stay one line, the dependency graph becomes arrows,
// and no Markdown or HTML syntax is left. Colours only when asked (a TTY). It reads only the subset of Markdown that
// summary.ts and its helpers write; the text in it was escaped there, and is unescaped here, control characters
// removed, so cluster text cannot drive the terminal.
const ansi = {
    bold: ['\u001b[1m', '\u001b[22m'],
    underline: ['\u001b[4m', '\u001b[24m'],
    dim: ['\u001b[2m', '\u001b[22m'],
    cyan: ['\u001b[36m', '\u001b[39m'],
};
function renderTerminalSummary(markdown, options) {
    const style = (name, text) => options.color ? `${ansi[name][0]}${text}${ansi[name][1]}` : text;
    const inline = (text) => inlineText(text, style);
    const lines = markdown.split('\n');
    const out = [];
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        const heading = /^(#{1,6})\s+(.*)$/.exec(line);
        if (heading) {
            // The heading is bold as a whole: bold inside it would end that early.
            const text = inlineText(heading[2] ?? '', (name, inner) => (name === 'bold' ? inner : style(name, inner)));
            const level = heading[1]?.length ?? 2;
            if (out.length > 0 && out[out.length - 1] !== '')
                out.push('');
            out.push(level <= 2 ? style('bold', style('underline', text)) : style('bold', text));
            if (!options.color)
                out.push((level <= 2 ? '=' : '-').repeat(Math.max(3, displayWidth(text))));
            continue;
        }
        const fence = /^(`{3,})(\w*)\s*$/.exec(line);
        if (fence) {
            const end = lines.findIndex((candidate, at) => at > index && candidate.startsWith(fence[1] ?? '```'));
            const body = lines.slice(index + 1, end < 0 ? lines.length : end);
            index = end < 0 ? lines.length : end;
            if (fence[2] === 'mermaid')
                out.push(...mermaidText(body, inline));
            else
                out.push(...body.map((entry) => `    ${style('dim', clean(entry))}`));
            continue;
        }
        if (line.startsWith('|')) {
            const rows = [];
            for (; index < lines.length && lines[index].startsWith('|'); index++) {
                const cells = tableCells(lines[index]);
                if (cells.every((cell) => /^:?-+:?$/.test(cell)))
                    continue;
                rows.push(cells.map(inline));
            }
            index--;
            out.push(...alignedTable(rows, style));
            continue;
        }
        if (/^<details( open)?>$/.test(line.trim())) {
            const open = line.includes('open');
            const summary = /^<summary>(.*)<\/summary>$/.exec((lines[index + 1] ?? '').trim());
            if (summary)
                index++;
            const title = inline(summary?.[1] ?? 'details');
            if (open) {
                out.push(style('bold', `▾ ${title}`));
                continue;
            }
            // Folded, as on GitHub: the title and how much is behind it.
            let depth = 1;
            let hidden = 0;
            for (index++; index < lines.length && depth > 0; index++) {
                const inner = lines[index].trim();
                if (/^<details( open)?>$/.test(inner))
                    depth++;
                else if (inner === '</details>')
                    depth--;
                else if (inner !== '')
                    hidden++;
            }
            index--;
            out.push(`▸ ${title} ${style('dim', `(${hidden} line${hidden === 1 ? '' : 's'} folded)`)}`);
            continue;
        }
        if (line.trim() === '</details>')
            continue;
        const quote = /^>\s?(.*)$/.exec(line);
        if (quote) {
            out.push(`  ${inline(quote[1] ?? '')}`);
            continue;
        }
        const text = inline(line);
        if (text === '' && (out.length === 0 || out[out.length - 1] === ''))
            continue;
        out.push(text);
    }
    while (out[out.length - 1] === '')
        out.pop();
    return `${out.join('\n')}\n`;
}
/** A table row's cells: split on the pipes Markdown does not escape. */
function tableCells(row) {
    const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
    const cells = [];
    let current = '';
    for (let index = 0; index < inner.length; index++) {
        const char = inner[index];
        if (char === '\\' && inner[index + 1] === '|') {
            current += '\\|';
            index++;
        }
        else if (char === '|') {
            cells.push(current.trim());
            current = '';
        }
        else
            current += char;
    }
    cells.push(current.trim());
    return cells;
}
function alignedTable(rows, style) {
    const columns = Math.max(0, ...rows.map((row) => row.length));
    const widths = Array.from({ length: columns }, (_, column) => Math.max(0, ...rows.map((row) => displayWidth(row[column] ?? ''))));
    return rows.map((row, rowIndex) => {
        const cells = widths.map((width, column) => {
            const cell = row[column] ?? '';
            const padded = cell + ' '.repeat(width - displayWidth(cell));
            return rowIndex === 0 ? style('bold', padded) : padded;
        });
        return `  ${cells.join('  ')}`.trimEnd();
    });
}
/** The dependency graph: one `a → b` line per edge, every node with its outcome. */
function mermaidText(body, inline) {
    const labels = new Map();
    const states = new Map();
    const edges = [];
    for (const line of body) {
        const node = /^\s*(\w+)\["(.*)"\]\s*$/.exec(line);
        if (node)
            labels.set(node[1] ?? '', mermaidLabelText(node[2] ?? ''));
        const edge = /^\s*(\w+)\s*-->\s*(\w+)\s*$/.exec(line);
        if (edge)
            edges.push([edge[1] ?? '', edge[2] ?? '']);
        const state = /^\s*class\s+([\w,]+)\s+(\w+)\s*$/.exec(line);
        if (state)
            for (const id of (state[1] ?? '').split(','))
                states.set(id, state[2] ?? '');
    }
    const name = (id) => {
        const state = states.get(id);
        return `${inline(labels.get(id) ?? id)}${state ? ` (${state === 'rolledback' ? 'rolled back' : state})` : ''}`;
    };
    const lines = edges.map(([from, to]) => `  ${name(from)} → ${name(to)}`);
    const connected = new Set(edges.flat());
    for (const id of labels.keys())
        if (!connected.has(id))
            lines.push(`  ${name(id)}`);
    return lines;
}
/** A mermaid label's entity codes (`#59;`) back to characters. */
function mermaidLabelText(label) {
    return label.replace(/#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)));
}
const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** Inline Markdown and HTML to text: emphasis and code styled, links as `text (url)`, escapes and entities undone. */
function inlineText(text, style) {
    // Code spans first: their content is literal (no escapes inside).
    const parts = text.split(/(`+)(.*?)\1/);
    let result = '';
    for (let index = 0; index < parts.length; index++) {
        const part = parts[index] ?? '';
        if (index % 3 === 1)
            continue;
        if (index % 3 === 2) {
            result += style('cyan', clean(part.trim()));
            continue;
        }
        let plain = part
            .replace(/<br\s*\/?>/g, '; ')
            .replace(/<\/?(?:code|sub|sup|b|strong|em|i|summary|kbd|span)[^>]*>/g, '')
            .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (_, label, url) => label === url ? url : `${label} (${url})`)
            .replace(/\\([\\`*_{}[\]()#+\-.!|<>~&])/g, '$1')
            .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, name) => {
            if (name.startsWith('#x') || name.startsWith('#X'))
                return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
            if (name.startsWith('#'))
                return String.fromCodePoint(Number(name.slice(1)));
            return entities[name] ?? match;
        });
        plain = clean(plain).replace(/\*\*(.+?)\*\*/g, (_, inner) => style('bold', inner));
        result += plain;
    }
    return result;
}
/** No control characters (ESC above all) from the report's text reach the terminal; tabs become spaces. */
function clean(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/\t/g, '  ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}
/** Columns a string takes in a terminal: ANSI codes none, emoji and wide characters two, combining marks none. */
function displayWidth(text) {
    // eslint-disable-next-line no-control-regex
    const visible = text.replace(/\u001b\[[0-9;]*m/g, '');
    let width = 0;
    for (const char of visible) {
        const code = char.codePointAt(0) ?? 0;
        // Zero width: joiners, variation selectors, combining marks.
        if (code === 0x200d || code === 0xfe0e || code === 0xfe0f || (code >= 0x300 && code <= 0x36f))
            continue;
        width += /\p{Extended_Pictographic}|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(char)
            ? 2
            : 1;
    }
    return width;
}

// EXTERNAL MODULE: ./src/settings/cli-args.ts
var cli_args = __webpack_require__(3197);
;// CONCATENATED MODULE: ./src/demo.ts









const fault = 'testbed.k8deployer.io/fault';
function parseDemoArgs(argv, env) {
    const options = { keep: false };
    const fromEnv = env.K8DEPLOYER_DEMO_TESTBED_DIR;
    if (fromEnv)
        options.testbedDir = fromEnv;
    for (let index = 0; index < argv.length; index++) {
        const arg = argv[index];
        if (arg === '--keep')
            options.keep = true;
        else if (arg === '--testbed-dir' && argv[index + 1])
            options.testbedDir = argv[++index];
        else if (arg.startsWith('--testbed-dir='))
            options.testbedDir = arg.slice('--testbed-dir='.length);
        else
            throw new errors/* InputError */.dz(`unknown demo option ${arg}; the demo takes --keep and --testbed-dir DIR`);
    }
    return options;
}
/** The repository root: src/ or dist/ sit right under it. */
function packageRoot() {
    return external_node_path_default().resolve(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), '..');
}
function phase(text) {
    process.stdout.write(`\n=== ${text}\n`);
}
function testbed(args) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('bash', [external_node_path_default().join(packageRoot(), 'scripts/testbed.sh'), ...args], { stdio: 'inherit' });
        child.on('error', reject);
        child.on('close', (code) => resolve(code ?? 1));
    });
}
async function runDemo(argv, env) {
    const options = parseDemoArgs(argv, env);
    const { runClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(356), __webpack_require__.e(291), __webpack_require__.e(153), __webpack_require__.e(754)]).then(__webpack_require__.bind(__webpack_require__, 99153));
    const owned = options.testbedDir === undefined;
    const dir = options.testbedDir ?? external_node_path_default().join((0,external_node_os_.homedir)(), '.cache', 'k8deployer-demo', 'testbed');
    const work = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'k8deployer-demo-'));
    const interrupted = new AbortController();
    const onSignal = (signal) => {
        process.stderr.write(`\ninterrupted (${signal}): cleaning up\n`);
        interrupted.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const namespace = `k8deployer-demo-${Math.random().toString(36).slice(2, 8)}`;
    let started = false;
    let deployed = false;
    let summary = '';
    const run = (command, specFile) => runClusterCommand(settingsOf(command, specFile), {
        env: { ...env, SHOP_DB_PASSWORD: 'demo-password', SHOP_STRIPE_KEY: 'sk_test_demo' },
        write: (text) => process.stdout.write(text),
        mode: 'cli',
        signal: interrupted.signal,
        summary: (markdown) => (summary = markdown),
    });
    // What the GitHub Action writes as the job summary of the same run, rendered for the terminal.
    const showSummary = () => {
        phase('the report the GitHub Action writes as the job summary of this run');
        process.stdout.write(renderTerminalSummary(summary, { color: process.stdout.isTTY === true }));
    };
    try {
        if (owned) {
            phase(`starting a local test-bed cluster in ${dir} (the first run builds etcd, kube-apiserver and kwok from Go modules: about 10 minutes on 2 cores; later runs start in seconds)`);
            started = true;
            if ((await testbed(['up', '1', '--dir', dir])) !== 0)
                throw new Error('the test bed did not start');
        }
        else
            phase(`using the running test-bed clusters in ${dir}`);
        const kubeconfig = external_node_path_default().join(dir, 'cluster-1', 'kubeconfig');
        if (!(0,external_node_fs_.existsSync)(kubeconfig))
            throw new errors/* InputError */.dz(`no test-bed cluster in ${dir} (${kubeconfig} is missing)`);
        const specFile = shopSpec(work, kubeconfig, namespace);
        phase(`deploying the shop example (examples/shop) to namespace ${namespace}`);
        const first = await run('deploy', specFile);
        deployed = true;
        if (interrupted.signal.aborted)
            return 130;
        if (first !== 0)
            throw new Error(`the first deploy failed (exit ${first})`);
        showSummary();
        phase('breaking component web: image ghcr.io/acme/shop-web:does-not-exist cannot be pulled; watch fail-fast and rollback');
        breakWeb(specFile);
        const broken = await run('deploy', specFile);
        if (interrupted.signal.aborted)
            return 130;
        if (broken === 0)
            throw new Error('the broken deploy succeeded; expected a failure and a rollback');
        showSummary();
        phase('the broken deploy failed fast and was rolled back (exit code 1, as in CI); the app still serves the previous revision');
        return 0;
    }
    finally {
        if (deployed && !options.keep) {
            phase(`deleting the app and namespace ${namespace}`);
            await run('delete', external_node_path_default().join(work, 'k8deployer.yaml'));
        }
        if (started && !options.keep) {
            phase('stopping the test-bed cluster');
            await testbed(['down', '--dir', dir]);
        }
        else if (options.keep)
            process.stdout.write(`\nkept: namespace ${namespace}; KUBECONFIG=${external_node_path_default().join(dir, 'cluster-1', 'kubeconfig')}\n`);
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
function settingsOf(command, specFile) {
    const invocation = (0,cli_args/* parseCliArgs */.h)([command, '-f', specFile, ...(command === 'delete' ? ['--delete-namespaces'] : [])]);
    if (invocation.kind !== 'run')
        throw new Error('unexpected help');
    return invocation.settings;
}
/** The shop example, copied, pointed at the test-bed cluster, in its own namespace. */
function shopSpec(work, kubeconfig, namespace) {
    (0,external_node_fs_.cpSync)(external_node_path_default().join(packageRoot(), 'examples/shop'), work, { recursive: true });
    const file = external_node_path_default().join(work, 'k8deployer.yaml');
    const spec = (0,js_yaml/* load */.Hh)((0,external_node_fs_.readFileSync)(file, 'utf8'));
    spec.namespace = namespace;
    // A kubeconfig the spec names is a repository file: it resolves relative to the spec and must be inside it.
    (0,external_node_fs_.cpSync)(kubeconfig, external_node_path_default().join(work, 'kubeconfig'));
    spec.clusters = [
        {
            name: 'demo',
            kubeconfig: { path: 'kubeconfig' },
            variables: { domain: 'demo.shop.example.com', apiReplicas: 1 },
        },
    ];
    (0,external_node_fs_.writeFileSync)(file, (0,js_yaml/* dump */.Bh)(spec));
    return file;
}
/** A tag that does not exist; the test bed's fake kubelet fails the pull the way a real one would. */
function breakWeb(file) {
    const spec = (0,js_yaml/* load */.Hh)((0,external_node_fs_.readFileSync)(file, 'utf8'));
    const web = spec.components.find((component) => component.name === 'web');
    if (!web)
        throw new Error('the shop example has no web component');
    web.image = 'ghcr.io/acme/shop-web:does-not-exist';
    web.podAnnotations = { ...(web.podAnnotations ?? {}), [fault]: 'image-pull' };
    (0,external_node_fs_.writeFileSync)(file, (0,js_yaml/* dump */.Bh)(spec));
}


/***/ })

};
