// The suite's own temp directory: every worker and every process it starts
// inherit it as TMPDIR, and it goes when the run ends, so a run leaves the
// system temp directory as it found it, whatever a test or a library (cdktf,
// Terraform) forgets there, and even when Jest kills a worker before its exit
// hooks run.
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports.setup = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genesys-async-workflow-jest-'));
  process.env.TMPDIR = dir;
  process.env.GAW_TEST_TMPDIR = dir;
};

module.exports.teardown = async () => {
  const dir = process.env.GAW_TEST_TMPDIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
};
