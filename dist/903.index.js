export const id = 903;
export const ids = [903];
export const modules = {

/***/ 64903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveEks: () => (/* binding */ resolveEks)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-eks/dist-cjs/index.js
var dist_cjs = __webpack_require__(24524);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(71695);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/@aws-crypto/sha256-js/build/main/index.js
var main = __webpack_require__(23156);
// EXTERNAL MODULE: ./node_modules/@smithy/protocol-http/dist-cjs/index.js
var protocol_http_dist_cjs = __webpack_require__(72356);
// EXTERNAL MODULE: ./node_modules/@smithy/signature-v4/dist-cjs/index.js
var signature_v4_dist_cjs = __webpack_require__(75118);
;// CONCATENATED MODULE: ./src/credentials/eks-token.ts



const EKS_TOKEN_PREFIX = 'k8s-aws-v1.';
/** Tokens are good for 15 min after signing; stop using one a minute early, as the AWS CLI does. */
const EKS_TOKEN_LIFETIME_MS = 14 * 60_000;
function stsHost(region) {
    return region.startsWith('cn-') ? `sts.${region}.amazonaws.com.cn` : `sts.${region}.amazonaws.com`;
}
/** The presigned GetCallerIdentity URL that aws-iam-authenticator replays to learn who is calling. */
async function presignEksUrl(options) {
    const hostname = options.host ?? stsHost(options.region);
    const signer = new signature_v4_dist_cjs.SignatureV4({
        service: 'sts',
        region: options.region,
        sha256: main.Sha256,
        credentials: {
            accessKeyId: options.credentials.accessKeyId,
            secretAccessKey: options.credentials.secretAccessKey,
            ...(options.credentials.sessionToken ? { sessionToken: options.credentials.sessionToken } : {}),
        },
    });
    const request = new protocol_http_dist_cjs/* HttpRequest */.Kd({
        method: 'GET',
        protocol: 'https:',
        hostname,
        path: '/',
        query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
        // x-k8s-aws-id does not start with x-amz-, so presign keeps it a signed header instead of hoisting it.
        headers: { host: hostname, 'x-k8s-aws-id': options.cluster },
    });
    const signed = await signer.presign(request, {
        expiresIn: options.expiresIn ?? 60,
        signingDate: options.signingDate,
    });
    const query = Object.entries(signed.query ?? {})
        .map(([key, value]) => `${rfc3986(key)}=${rfc3986(String(value))}`)
        .join('&');
    return `https://${hostname}/?${query}`;
}
async function eksToken(options) {
    const url = await presignEksUrl(options);
    // Node's base64url alphabet already omits the '=' padding, which the authenticator requires.
    const token = EKS_TOKEN_PREFIX + Buffer.from(url, 'utf8').toString('base64url');
    return { token, expiresAt: new Date(options.signingDate.getTime() + EKS_TOKEN_LIFETIME_MS) };
}
/** Reverses a token into its URL; used by tests and by diagnostics. */
function decodeEksToken(token) {
    if (!token.startsWith(EKS_TOKEN_PREFIX))
        throw new Error(`token does not start with ${EKS_TOKEN_PREFIX}`);
    return new URL(Buffer.from(token.slice(EKS_TOKEN_PREFIX.length), 'base64url').toString('utf8'));
}
function rfc3986(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

// EXTERNAL MODULE: ./src/credentials/util.ts
var util = __webpack_require__(1236);
;// CONCATENATED MODULE: ./src/credentials/eks.ts





const P = 'eks';
/** Re-assume the role when less than this remains, so a token signed now outlives its 14 min of use. */
const ROLE_REFRESH_MS = 15 * 60_000;
async function resolveEks(config, ctx) {
    const secrets = new util/* SecretSink */.mr(ctx);
    const now = () => (0,util/* nowOf */.Ic)(ctx);
    const awsCreds = awsCredentialSource(config, ctx, secrets);
    let current = await awsCreds();
    const eks = new dist_cjs/* EKSClient */.JQJ({
        region: config.region,
        ...(config.endpoints?.eks ? { endpoint: config.endpoints.eks } : {}),
        credentials: async () => {
            current = await fresh(current, awsCreds, now);
            return current;
        },
        maxAttempts: 3,
    });
    let cluster;
    try {
        cluster = (await eks.send(new dist_cjs/* DescribeClusterCommand */.hV5({ name: config.cluster }))).cluster;
    }
    catch (error) {
        throw new errors/* CredentialsError */.lE(P, 'DescribeCluster', describeAwsError(error, config, 'DescribeCluster'), {
            cause: error,
            retryable: isRetryable(error),
        });
    }
    finally {
        eks.destroy();
    }
    if (!cluster?.endpoint || !cluster.certificateAuthority?.data) {
        throw new errors/* CredentialsError */.lE(P, 'DescribeCluster', `cluster ${config.cluster} has no endpoint or CA yet (status ${cluster?.status ?? 'unknown'})`);
    }
    if (cluster.status !== 'ACTIVE') {
        throw new errors/* CredentialsError */.lE(P, 'DescribeCluster', `cluster ${config.cluster} is ${cluster.status}, not ACTIVE`, {
            retryable: cluster.status === 'CREATING' || cluster.status === 'UPDATING',
        });
    }
    // The API server's authenticator replays the URL and accepts only public STS hosts, so a VPC-endpoint override
    // for the STS API calls must not leak into the token.
    const override = config.endpoints?.sts ? new URL(config.endpoints.sts).host : undefined;
    const host = override && /^sts(-fips)?(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/.test(override)
        ? override
        : stsHost(config.region);
    const tokens = new util/* RefreshingToken */.fT(async () => {
        current = await fresh(current, awsCreds, now);
        const { token, expiresAt } = await eksToken({
            cluster: config.cluster,
            region: config.region,
            host,
            credentials: current,
            signingDate: now(),
        });
        ctx.log?.(`eks: signed a new cluster token for ${config.cluster}, valid until ${expiresAt.toISOString()}`);
        return { token, expiresAt };
    }, { refreshBeforeMs: 0, now, secrets });
    await tokens.get();
    const kubeConfig = (0,util/* buildKubeConfig */.YX)({
        name: `eks-${config.region}-${config.cluster}`,
        server: cluster.endpoint,
        caData: cluster.certificateAuthority.data,
        user: { source: tokens },
    });
    return (0,util/* credentialsOf */.YN)(kubeConfig, cluster.endpoint, secrets, { tokens });
}
async function fresh(current, source, now) {
    if (!current.expiration)
        return current;
    if (current.expiration.getTime() - now().getTime() >= ROLE_REFRESH_MS)
        return current;
    return source();
}
/** OIDC web identity when roleArn is set, else static keys from the environment. Masks what it returns. */
function awsCredentialSource(config, ctx, secrets) {
    if (!config.roleArn) {
        // A promise either way: a missing key rejects, as the OIDC path's failures do.
        return () => new Promise((resolve) => resolve(staticKeyCredentials(ctx, secrets)));
    }
    const roleArn = config.roleArn;
    return async () => {
        const idToken = await (0,util/* requestIdToken */.gj)(ctx, P, config.audience ?? 'sts.amazonaws.com', secrets);
        const sts = new client_sts_dist_cjs/* STSClient */.iM({
            region: config.region,
            ...(config.endpoints?.sts ? { endpoint: config.endpoints.sts } : {}),
            maxAttempts: 3,
        });
        try {
            const out = await sts.send(new client_sts_dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
                RoleArn: roleArn,
                RoleSessionName: config.roleSessionName ?? sessionName(ctx),
                WebIdentityToken: idToken,
                DurationSeconds: config.durationSeconds ?? 3600,
            }));
            const c = out.Credentials;
            if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
                throw new errors/* CredentialsError */.lE(P, 'AssumeRoleWithWebIdentity', 'STS answered without credentials');
            }
            secrets.add(c.AccessKeyId);
            secrets.add(c.SecretAccessKey);
            secrets.add(c.SessionToken);
            ctx.log?.(`eks: assumed ${roleArn}${c.Expiration ? ` until ${c.Expiration.toISOString()}` : ''}`);
            return {
                accessKeyId: c.AccessKeyId,
                secretAccessKey: c.SecretAccessKey,
                sessionToken: c.SessionToken,
                ...(c.Expiration ? { expiration: c.Expiration } : {}),
            };
        }
        catch (error) {
            if (error instanceof errors/* CredentialsError */.lE)
                throw error;
            throw new errors/* CredentialsError */.lE(P, 'AssumeRoleWithWebIdentity', describeAwsError(error, config, 'AssumeRoleWithWebIdentity'), {
                cause: error,
                retryable: isRetryable(error),
            });
        }
        finally {
            sts.destroy();
        }
    };
}
function sessionName(ctx) {
    const run = ctx.env['GITHUB_RUN_ID'];
    return (run ? `k8deployer-${run}-${ctx.env['GITHUB_RUN_ATTEMPT'] ?? '1'}` : 'k8deployer').slice(0, 64);
}
/**
 * The error code the AWS SDK v3 parsed from the response: `name` (from the JSON `__type` / `x-amzn-errortype` of
 * REST-JSON services like EKS, or `<Error><Code>` of awsQuery services like STS); `Code` is the same value on
 * errors deserialised by older clients. Empty for errors that never reached AWS (network, our own).
 */
function awsErrorCode(error) {
    const { name, Code } = (error ?? {});
    if (typeof Code === 'string' && Code)
        return Code;
    return typeof name === 'string' && name !== 'Error' ? name : '';
}
/**
 * A hint by the error code and the call that failed: an AccessDenied from STS is the role's trust policy, from EKS the
 * identity's IAM policy. The call is known here, so no message text is inspected.
 */
function describeAwsError(error, config, operation) {
    const name = awsErrorCode(error);
    const message = (0,util/* messageOf */.bD)(error);
    switch (name) {
        case 'AccessDenied':
        case 'AccessDeniedException':
            return operation === 'AssumeRoleWithWebIdentity'
                ? `${name}: ${message} — check the role's trust policy (federated token.actions.githubusercontent.com, aud ${config.audience ?? 'sts.amazonaws.com'}, sub repo:<owner>/<repo>:...)`
                : `${name}: ${message} — the identity needs eks:DescribeCluster on ${config.cluster}`;
        case 'InvalidIdentityToken':
        case 'InvalidIdentityTokenException':
        case 'IDPRejectedClaim':
        case 'IDPRejectedClaimException':
        case 'ExpiredTokenException':
        case 'ExpiredToken':
            return `${name}: ${message} — STS rejected the GitHub OIDC token (is the IAM OIDC provider for token.actions.githubusercontent.com set up, with audience ${config.audience ?? 'sts.amazonaws.com'}?)`;
        case 'ResourceNotFoundException':
            return `cluster ${config.cluster} not found in ${config.region}: ${message}`;
        case 'UnrecognizedClientException':
        case 'InvalidClientTokenId':
        case 'SignatureDoesNotMatch':
            return `${name}: ${message} — the AWS credentials are invalid or expired`;
        default:
            return name ? `${name}: ${message}` : message;
    }
}
function isRetryable(error) {
    const status = error.$metadata?.httpStatusCode;
    return status === undefined || status === 429 || status >= 500;
}
/** Long-lived keys from the environment (no roleArn): each one is registered as a secret before it is used. */
function staticKeyCredentials(ctx, secrets) {
    const accessKeyId = ctx.env['AWS_ACCESS_KEY_ID'];
    const secretAccessKey = ctx.env['AWS_SECRET_ACCESS_KEY'];
    if (!accessKeyId || !secretAccessKey) {
        throw new errors/* CredentialsError */.lE(P, 'AWS credentials', 'no roleArn in the cluster entry and AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY are not set: set roleArn (GitHub OIDC, needs `permissions: id-token: write`) or provide keys');
    }
    const sessionToken = ctx.env['AWS_SESSION_TOKEN'];
    secrets.add(accessKeyId);
    secrets.add(secretAccessKey);
    secrets.add(sessionToken);
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}


/***/ })

};
