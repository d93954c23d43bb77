#!/usr/bin/env node
// The language server's entry point (the `followup-language-server` bin). The transport
// comes from the command line: --stdio, --node-ipc or --socket=PORT.
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./lsp/main";

startServer(createConnection(ProposedFeatures.all));
