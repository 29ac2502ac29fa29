/**
 * A jest reporter (beside jest's own): at the end of a run, every test file with its duration,
 * slowest first, its test count and how many test newsrooms (Payload boots through
 * tests/helpers/newsroom.ts) it started; then the totals. So a run says where its minutes go.
 *
 * The boots are counted through a file named by NEWSROOM_BOOT_LOG (set here, before jest starts its
 * workers, which inherit it): startNewsroom appends a line per boot with the test file's path.
 * Payloads that a test starts in a process of its own, or with getPayload directly, are not counted.
 */
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

class DurationReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir
    this.files = []
    if (!process.env.NEWSROOM_BOOT_LOG) {
      this.bootLog = path.join(
        fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-boots-')),
        'boots.log',
      )
      process.env.NEWSROOM_BOOT_LOG = this.bootLog
    }
  }

  onTestResult(_test, result) {
    const seconds = (result.perfStats.end - result.perfStats.start) / 1000
    const tests =
      result.numPassingTests + result.numFailingTests + result.numPendingTests + result.numTodoTests
    const state = result.testExecError || result.numFailingTests ? 'FAIL' : 'ok'
    this.files.push({
      file: path.relative(this.rootDir, result.testFilePath),
      seconds,
      tests,
      state,
    })
  }

  onRunComplete() {
    if (!this.files.length) return
    const boots = new Map()
    const log = process.env.NEWSROOM_BOOT_LOG
    if (log && fs.existsSync(log)) {
      for (const line of fs.readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
        const file = path.relative(this.rootDir, line)
        boots.set(file, (boots.get(file) ?? 0) + 1)
      }
    }
    const width = Math.max(...this.files.map((f) => f.file.length), 'file'.length)
    const rows = [...this.files].sort((a, b) => b.seconds - a.seconds)
    const line = (file, seconds, tests, booted, state) =>
      `${file.padEnd(width)}  ${String(seconds).padStart(8)}  ${String(tests).padStart(6)}  ${String(booted).padStart(5)}  ${state}`
    const out = [
      '',
      "Test files by duration (seconds; a file's own time, files run in parallel):",
      line('file', 'seconds', 'tests', 'boots', ''),
    ]
    for (const f of rows)
      out.push(line(f.file, f.seconds.toFixed(1), f.tests, boots.get(f.file) ?? 0, f.state))
    const total = rows.reduce((sum, f) => sum + f.seconds, 0)
    const tests = rows.reduce((sum, f) => sum + f.tests, 0)
    const booted = [...boots.values()].reduce((sum, n) => sum + n, 0)
    out.push(line(`${rows.length} files`, total.toFixed(1), tests, booted, ''))
    process.stderr.write(`${out.join('\n')}\n\n`)
    if (this.bootLog) fs.rmSync(path.dirname(this.bootLog), { recursive: true, force: true })
  }
}

module.exports = DurationReporter
