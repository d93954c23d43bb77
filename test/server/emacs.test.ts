// Emacs with eglot against the real server (the configuration docs/editors.md documents):
// diagnostics through Flymake with the user's settings, and "Mark as sent now".
// Needs `emacs` and eglot (Debian: apt-get install emacs-nox elpa-eglot); tested with 28.2 and eglot 1.9.
import * as assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runEditor } from "./harness";
import { DRAFT, THANK_YOU } from "./letters";

const SCRIPT = `
(require 'eglot)
(unless (fboundp 'markdown-mode) (define-derived-mode markdown-mode text-mode "Markdown"))
(add-to-list 'eglot-server-programs \`(markdown-mode . ("node" ,(getenv "FOLLOWUP_SERVER") "--stdio")))
(setq-default eglot-workspace-configuration '(:followup (:rules (:name-mismatch "error"))))
(defun followup-wait (done)
  (let ((deadline (+ (float-time) 15)))
    (while (and (< (float-time) deadline) (not (funcall done)))
      (flymake-start)
      (accept-process-output nil 0.05))))
(find-file (expand-file-name "letter.md"))
(markdown-mode)
(eglot '(markdown-mode) (cons 'transient default-directory) 'eglot-lsp-server
       (list "node" (getenv "FOLLOWUP_SERVER") "--stdio") "markdown")
(followup-wait (lambda () (seq-find (lambda (d) (eq (flymake-diagnostic-type d) 'eglot-error)) (flymake-diagnostics))))
(dolist (d (flymake-diagnostics))
  (princ (format "DIAG %s %d %s\\n" (flymake-diagnostic-type d) (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-text d))))
(find-file (expand-file-name "draft.md"))
(markdown-mode)
(eglot-ensure)
(followup-wait (lambda () (eglot-current-server)))
(eglot-code-actions (point-min) (point-min) "source.followup.markSent" t)
(followup-wait (lambda () (save-excursion (goto-char (point-min)) (re-search-forward "^sent: " nil t))))
(save-buffer)
(kill-emacs 0)
`;

const emacs = (dir: string) => runEditor("emacs", ["--batch", "-l", join(dir, "check.el")], dir, "apt-get install emacs-nox elpa-eglot");

describe("Emacs with eglot", function () {
  this.timeout(40_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "followup-emacs-"));
    writeFileSync(join(dir, "letter.md"), THANK_YOU);
    writeFileSync(join(dir, "draft.md"), DRAFT);
    writeFileSync(join(dir, "check.el"), SCRIPT);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("shows diagnostics with the user's settings and marks a draft as sent", async () => {
    const run = await emacs(dir);
    const out = run.stdout + run.stderr;
    assert.equal(run.code, 0, out);
    const diags = run.stdout.split("\n").filter((l) => l.startsWith("DIAG "));
    assert.ok(diags.some((l) => /^DIAG eglot-error 9 followup \[name-mismatch\]/.test(l)), out);
    assert.ok(diags.some((l) => /^DIAG eglot-warning \d+ followup \[needy-phrasing\]/.test(l)), out);
    const saved = readFileSync(join(dir, "draft.md"), "utf8").split("\n");
    const at = saved.findIndex((l) => /^sent: \d{4}-\d\d-\d\d \d\d:\d\d$/.test(l));
    assert.ok(at > 0, saved.join("\n"));
    assert.equal([...saved.slice(0, at), ...saved.slice(at + 1)].join("\n"), DRAFT);
  });
});
