/**
 * The cluster's Redis holds the event queue, workflow state, locks and admin sessions: a local
 * process without the password must get nothing from it. CLUSTER_REDIS_URL is the URL the
 * runner handed every backend process (with the password).
 */
import assert from "node:assert/strict"
import { connect } from "node:net"
import { describe, it } from "node:test"

const redisUrl = new URL(process.env.CLUSTER_REDIS_URL ?? "")

/** Sends raw RESP commands on a fresh connection; resolves with the replies once `until` says they are all in. */
function send(commands: string[], until: RegExp | ((answer: string) => boolean)): Promise<string> {
  const done = typeof until === "function" ? until : (answer: string) => until.test(answer)
  return new Promise((resolve, reject) => {
    const socket = connect({ host: redisUrl.hostname, port: Number(redisUrl.port) })
    let answer = ""
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no answer matching ${until} (got ${JSON.stringify(answer)})`))
    }, 5000)
    socket.on("connect", () => socket.write(commands.map((command) => `${command}\r\n`).join("")))
    socket.on("data", (data) => {
      answer += data.toString()
      if (done(answer)) {
        clearTimeout(timer)
        socket.destroy()
        resolve(answer)
      }
    })
    socket.on("error", reject)
  })
}

describe("the cluster's Redis", () => {
  it("answers a client without the password with NOAUTH, for reads and writes alike", async () => {
    assert.equal(redisUrl.hostname, "127.0.0.1")
    assert.ok(redisUrl.password, `the URL handed to the backend carries no password: ${redisUrl.protocol}//${redisUrl.host}`)
    const answer = await send(["PING", "KEYS *", "SET stolen 1"], /(\r\n[^\r\n]*){3}/)
    const replies = answer.trim().split("\r\n")
    assert.equal(replies.length, 3, answer)
    for (const reply of replies) assert.match(reply, /^-NOAUTH/)
    const wrong = await send(["AUTH not-the-password", "PING"], /NOAUTH|PONG/)
    assert.match(wrong, /^-(WRONGPASS|ERR)/)
    assert.doesNotMatch(wrong, /PONG/)
  })

  it("answers the backend's password, which every backend process was given", async () => {
    const answer = await send([`AUTH ${decodeURIComponent(redisUrl.password)}`, "PING"], /PONG|ERR/)
    assert.equal(answer, "+OK\r\n+PONG\r\n")
    // The servers and the worker are connected, so they signed in: count the clients that ran a command.
    const clients = await send([`AUTH ${decodeURIComponent(redisUrl.password)}`, "CLIENT LIST"], (answer) => {
      const bulk = answer.match(/^\+OK\r\n\$(\d+)\r\n/)
      return Boolean(bulk) && Buffer.byteLength(answer) >= Buffer.byteLength(bulk![0]) + Number(bulk![1]) + 2
    })
    const signedIn = clients.split("\n").filter((line) => /cmd=/.test(line) && !/cmd=(auth|client|NULL)/.test(line))
    assert.ok(signedIn.length >= 3, `expected the 2 servers and the worker among Redis's clients:\n${clients}`)
  })
})
