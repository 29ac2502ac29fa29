import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './appProcess'

/** Debian's varnish (installed by tests/e2e/ensureTools.sh or .ci/run). */
export const VARNISHD = '/usr/sbin/varnishd'

/**
 * The VCL a newsroom would put in front of the app: anonymous GETs cached for as long as the app's
 * `s-maxage` says, but only answers that name their surrogate keys (so everything cached can be
 * purged); `PURGE` from the app's machine bans by `Surrogate-Key` (`*`: everything). `X-CDN: HIT|MISS`.
 */
export const newsroomVcl = (backendPort: number) => `vcl 4.1;
import std;

backend app { .host = "127.0.0.1"; .port = "${backendPort}"; }

acl purgers { "127.0.0.1"; "::1"; }

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) { return (synth(405, "Not allowed")); }
    if (!req.http.Surrogate-Key) { return (synth(400, "Surrogate-Key required")); }
    if (req.http.Surrogate-Key == "*") {
      ban("obj.status != 0");
    } else {
      # Keys are letters, digits and : % . _ - ; anything else is dropped before it reaches a regex.
      set req.http.X-Keys = regsuball(regsuball(req.http.Surrogate-Key, "[^A-Za-z0-9:%._ -]", ""), " +", "|");
      # A ban's regex cannot hold a space: [[:blank:]] separates the keys.
      ban("obj.http.Surrogate-Key ~ (^|[[:blank:]])(" + req.http.X-Keys + ")([[:blank:]]|$)");
    }
    return (synth(200, "Purged"));
  }
  if (req.method != "GET" && req.method != "HEAD") { return (pass); }
  if (req.http.Authorization || req.http.Cookie ~ "payload-token") { return (pass); }
  unset req.http.Cookie;
  return (hash);
}

sub vcl_backend_response {
  if (!beresp.http.Surrogate-Key) {
    set beresp.uncacheable = true;
    set beresp.ttl = 0s;
  }
}

sub vcl_deliver {
  if (obj.hits > 0) { set resp.http.X-CDN = "HIT"; } else { set resp.http.X-CDN = "MISS"; }
}
`

export type Varnish = { baseURL: string; purgeURL: string; stop: () => Promise<void> }

/** `port`: where it listens (chosen first, so the app can be told its purge URL before either starts). */
export const startVarnish = async (backendPort: number, port?: number): Promise<Varnish> => {
  if (!fs.existsSync(VARNISHD)) {
    throw new Error(
      `${VARNISHD} is missing: apt-get install varnish (tests/e2e/ensureTools.sh does)`,
    )
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-varnish-'))
  fs.chmodSync(dir, 0o755)
  const vcl = path.join(dir, 'newsroom.vcl')
  fs.writeFileSync(vcl, newsroomVcl(backendPort))
  const check = spawnSync(VARNISHD, ['-C', '-f', vcl, '-n', path.join(dir, 'work')], {
    encoding: 'utf8',
  })
  if (check.status !== 0) {
    throw new Error(`varnishd -C failed:\n${check.stderr}`)
  }
  port ??= await freePort()
  const child: ChildProcess = spawn(
    VARNISHD,
    [
      '-F',
      '-a',
      `127.0.0.1:${port}`,
      '-f',
      vcl,
      '-s',
      'malloc,64m',
      '-n',
      path.join(dir, 'work'),
      '-p',
      'ban_lurker_sleep=0.01',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const baseURL = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 20_000
  for (;;) {
    try {
      await fetch(`${baseURL}/healthz`)
      break
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) {
        throw new Error(`varnish did not listen on ${port}:\n${output}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return {
    baseURL,
    purgeURL: `${baseURL}/`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    },
  }
}
