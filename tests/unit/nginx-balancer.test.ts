/**
 * The cluster's balancer is nginx only (scripts/load-balancer.ts): its generated configuration
 * keeps the balancing rules the cluster tests rely on, and a machine without nginx is told how
 * to install it rather than given a cluster without balancers.
 */
import assert from "node:assert/strict"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { describe, it } from "node:test"
import { findNginx, nginxConfig, requireNginx } from "../../scripts/load-balancer"

const tiers = [
  { name: "backend", port: 9000, upstreams: [{ host: "127.0.0.1", port: 41001 }, { host: "127.0.0.1", port: 41002 }] },
  { name: "storefront", port: 8000, upstreams: [{ host: "127.0.0.1", port: 42001 }] },
]

describe("the cluster's nginx balancer", () => {
  it("balances each tier over its upstreams, skips a failed one for 5 s and says which answered", () => {
    const config = nginxConfig(tiers, "/run/balancer", { ipv6: false })
    assert.match(config, /upstream backend \{\s*server 127\.0\.0\.1:41001 max_fails=1 fail_timeout=5s;\s*server 127\.0\.0\.1:41002 max_fails=1 fail_timeout=5s;\s*\}/)
    assert.match(config, /upstream storefront \{\s*server 127\.0\.0\.1:42001 max_fails=1 fail_timeout=5s;\s*\}/)
    assert.match(config, /listen 9000;\s*location \/ \{ proxy_pass http:\/\/backend; \}/)
    assert.match(config, /listen 8000;\s*location \/ \{ proxy_pass http:\/\/storefront; \}/)
    assert.doesNotMatch(config, /\[::\]/)
    assert.match(nginxConfig(tiers, "/run/balancer", { ipv6: true }), /listen \[::\]:9000;/)
    assert.match(config, /add_header X-Upstream \$upstream_addr always;/)
    assert.match(config, /proxy_set_header X-Forwarded-Proto \$scheme;/)
    assert.match(config, /pid \/run\/balancer\/nginx\.pid;/)
  })

  it("retries on connection errors and timeouts only, never resending a POST an upstream received", () => {
    const config = nginxConfig(tiers, "/run/balancer", { ipv6: false })
    const directives = config.split("\n").filter((line) => !line.trim().startsWith("#"))
    assert.deepEqual(
      directives.filter((line) => line.includes("proxy_next_upstream")).map((line) => line.trim()),
      ["proxy_next_upstream error timeout;"]
    )
    assert.doesNotMatch(directives.join("\n"), /non_idempotent|http_502|http_503/)
  })

  it("says how to install nginx when it is missing, rather than start without balancers", () => {
    const empty = mkdtempSync(join(tmpdir(), "no-nginx-"))
    try {
      assert.equal(findNginx([empty]), undefined)
      assert.throws(() => requireNginx([empty]), /nginx.*not installed.*apt-get install -y nginx/)
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })

  it("has no Node proxy to fall back on", () => {
    const source = readFileSync(resolve(__dirname, "../../scripts/load-balancer.ts"), "utf8")
    assert.doesNotMatch(source, /from "node:http"|http\.createServer|CLUSTER_BALANCER/)
  })
})
