// Neovim's built-in LSP client against the real server (the configuration docs/editors.md
// documents): diagnostics with the settings applied, then a quick fix that clears one.
// Needs `nvim` on the PATH (Debian: apt-get install neovim); tested with 0.7.2.
import * as assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runEditor } from "./harness";
import { THANK_YOU } from "./letters";

const SCRIPT = `
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "followup",
  cmd = { "node", os.getenv("FOLLOWUP_SERVER"), "--stdio" },
  root_dir = vim.fn.getcwd(),
  settings = { followup = { rules = { ["name-mismatch"] = "error" } } },
})
vim.lsp.buf_attach_client(bufnr, client_id)
local function find(code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do if d.code == code then return d end end
end
local result = { first = {}, after = {} }
vim.wait(15000, function() local d = find("name-mismatch"); return d ~= nil and d.severity == vim.diagnostic.severity.ERROR end, 10)
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(result.first, { code = d.code, source = d.source, severity = d.severity, lnum = d.lnum, col = d.col })
end
local d = find("name-mismatch")
if d then
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, range = { start = { line = d.lnum, character = d.col }, ["end"] = { line = d.end_lnum, character = d.end_col } }, context = { diagnostics = {} } }
  for _, r in pairs(vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, 5000) or {}) do
    for _, action in ipairs(r.result or {}) do
      if action.isPreferred and action.edit and action.diagnostics and action.diagnostics[1].code == "name-mismatch" then
        vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
      end
    end
  end
  vim.wait(15000, function() return find("name-mismatch") == nil end, 10)
end
for _, e in ipairs(vim.diagnostic.get(bufnr)) do table.insert(result.after, e.code) end
result.greeting = vim.api.nvim_buf_get_lines(bufnr, 8, 9, false)[1]
io.stdout:write(vim.fn.json_encode(result) .. "\\n")
vim.lsp.stop_client(client_id)
vim.cmd("qa!")
`;

const nvim = (dir: string) => runEditor("nvim", ["--headless", "--clean", "-c", `luafile ${join(dir, "check.lua")}`, join(dir, "letter.md")], dir, "apt-get install neovim");

describe("Neovim's built-in LSP client", function () {
  this.timeout(30_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "followup-nvim-"));
    writeFileSync(join(dir, "letter.md"), THANK_YOU);
    writeFileSync(join(dir, "check.lua"), SCRIPT);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("shows the diagnostics with the user's settings and applies a quick fix", async () => {
    const run = await nvim(dir);
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout.trim().split("\n").pop()!) as { first: { code: string; source: string; severity: number; lnum: number }[]; after: string[]; greeting: string };
    const mismatch = result.first.find((d) => d.code === "name-mismatch");
    assert.deepEqual(mismatch && { source: mismatch.source, severity: mismatch.severity, lnum: mismatch.lnum }, { source: "followup", severity: 1, lnum: 8 });
    assert.ok(result.first.some((d) => d.code === "needy-phrasing"));
    assert.ok(!result.after.includes("name-mismatch"));
    assert.ok(result.after.includes("needy-phrasing"));
    assert.match(result.greeting, /^Dear Luis( Ortega)?,$/);
  });
});
