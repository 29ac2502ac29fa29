import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './appProcess'

/** Debian's nginx (installed by tests/e2e/ensureNginx.sh or .ci/run). */
export const NGINX = '/usr/sbin/nginx'

export type Nginx = { baseURL: string; stop: () => Promise<void>; child: ChildProcess }

/**
 * A real load balancer on loopback, as production would have: round robin over `upstreams`
 * (`127.0.0.1:port`), keep-alive to them, the client's address appended to X-Forwarded-For, no
 * buffering (event streams pass through). A request that fails to connect moves to the next
 * instance; a POST already sent to an instance that dies is not repeated (it may have been written).
 */
export const startNginx = async (upstreams: string[]): Promise<Nginx> => {
  if (!fs.existsSync(NGINX)) {
    throw new Error(`${NGINX} is missing: apt-get install nginx (tests/e2e/ensureNginx.sh does)`)
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-nginx-'))
  const port = await freePort()
  const conf = path.join(dir, 'nginx.conf')
  fs.writeFileSync(
    conf,
    `
${process.getuid?.() === 0 ? 'user root root;' : ''}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream newsroom {
${upstreams.map((upstream) => `    server ${upstream} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 10m;
    location / {
      proxy_pass http://newsroom;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_buffering off;
      proxy_read_timeout 120s;
    }
  }
}
`,
  )
  const check = spawnSync(NGINX, ['-t', '-p', dir, '-c', conf], { encoding: 'utf8' })
  if (check.status !== 0) {
    throw new Error(`nginx -t failed:\n${check.stderr}`)
  }
  const child = spawn(NGINX, ['-p', dir, '-c', conf], { stdio: 'ignore' })
  const baseURL = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    try {
      await fetch(`${baseURL}/healthz`)
      break
    } catch {
      if (Date.now() > deadline) {
        throw new Error(
          `nginx did not listen on ${port}:\n${fs.readFileSync(path.join(dir, 'error.log'), 'utf8')}`,
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return {
    baseURL,
    child,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGQUIT')
        await exited
      }
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    },
  }
}
