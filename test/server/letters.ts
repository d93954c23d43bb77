// Letters the server tests open or write to disk.
export const THANK_YOU = `---
kind: thank-you
company: Northwind Logistics
role: Dispatch Coordinator
interviewer: Luis Ortega
interviewed: 2026-11-09
sent: 2026-11-09T19:00:00Z
---
Dear Bob,

Thank you for the tour of the Northwind Logistics dispatch floor today. Sorry to bother you again, but I really need this job.

Having coordinated 40 drivers a shift for three years, I am confident I can help your team keep the new routes on schedule.

I look forward to hearing about the next steps.

Best,
Alex Kim
`;

export const STATUS_CHECK = `---
kind: status-check
company: Northwind Logistics
role: Dispatch Coordinator
interviewer: Luis Ortega
interviewed: 2026-11-09
sent: 2026-11-25
---
Hi Luis,

I hope your week is going well. I wanted to ask whether there is any news on the Dispatch Coordinator role.

Best,
Alex Kim
`;

export const DRAFT = `---
# the draft for Acme
kind: thank-you
company: Acme Corp
role: Product Designer
interviewer: Dana Reyes
interviewed: 2026-11-20 10:00
---
Dear Dana,

Thank you for the conversation about the Product Designer role at Acme Corp.

Best,
Alex
`;

export const NOT_A_LETTER = `---
title: Notes
---
# Notes

Sorry to bother you again, I really need this job.
`;
