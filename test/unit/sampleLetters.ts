// Small letters the top-level unit tests share.

/** A thank-you that follows the guide: no rule fires on it. */
export const CLEAN_THANK_YOU = `---
kind: thank-you
company: Acme Robotics
role: Product Designer
interviewer: Maya Chen
interviewed: 2026-11-25T15:00:00Z
sent: 2026-11-25T20:00:00Z
---
Dear Maya,

Thank you for meeting with me about the Product Designer role at Acme Robotics.

My six years designing field tools have prepared me well for the work your team described.

I look forward to hearing about the next steps.

Best regards,
Jordan
`;
