// Pushy phrasing: demands, deadlines, accusations and passive aggression.
// "Be polite, curious, understanding, and brief" (the guide, "What Should You Do?").
import { A, CLAUSE, I_AM, I_HAVE, phrase, TAIL, type PhraseFamily } from "./family";

const ANSWER = "(?:answer|response|reply|decision|update|call|call-?back|word|verdict|explanation)";
const DAY = "(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|eod|cob|noon|end\\s+of|this|next|the\\s+end|close\\s+of|\\d|the\\s+\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d)";
const NEG = `(?:n${A}t|\\s+not)`;

/** An imperative, not a question ("could you let me know by Friday") or the writer's own task ("I need to respond by Monday"). */
const NOT_ASKED = `(?<!(?:could|would|can|will)\\s+you\\s+(?:please\\s+)?|(?:to|I|I${A}ll|I\\s+will|we|and|must|should)\\s+)`;

export const PUSHY: PhraseFamily[] = [
  {
    id: "demand",
    rewritesClause: true,
    why: "A demand or a deadline of your own puts them on the defensive",
    pattern: phrase(
      [
        `I(?:\\s+(?:will|would|shall)|${A}(?:ll|d))?\\s+(?:still\\s+|really\\s+|definitely\\s+)?(?:expect|demand|require|insist\\s+on|need|must\\s+(?:have|get|receive))\\s+(?:an?\\s+|your\\s+|some\\s+)?(?:final\\s+|definitive\\s+|clear\\s+)?${ANSWER}${TAIL(30)}`,
        `I\\s+(?:expect|demand|insist)\\s+(?:to\\s+hear|that\\s+you|you\\s+to|a\\s+prompt)${TAIL(40)}`,
        `${NOT_ASKED}(?:please\\s+)?(?:respond|reply|answer|get\\s+back\\s+to\\s+me|call\\s+me|let\\s+me\\s+know|send\\s+(?:me\\s+)?(?:an?\\s+|your\\s+)?${ANSWER})(?:\\s+(?:either\\s+way|one\\s+way\\s+or\\s+the\\s+other|for\\s+sure|definitively))?\\s+(?:by|before|no\\s+later\\s+than|within)\\s+${DAY}${CLAUSE(20)}`,
        `I(?:\\s+(?:will|would)|${A}(?:ll|d))?\\s+(?:expect|demand|require|insist\\s+on)\\s+(?:the\\s+|a\\s+|some\\s+|basic\\s+)?(?:courtesy|respect|response|reply|answer|decision|update|explanation)${TAIL(30)}`,
        `${NOT_ASKED}(?:please\\s+)?(?:respond|reply|answer|get\\s+back(?:\\s+to\\s+me)?|let\\s+me\\s+know|hear\\s+back|call\\s+me|update\\s+me|advise|revert|confirm|decide|tell\\s+me|inform\\s+me|send\\s+me)${TAIL(30)}?\\s+(?:as\\s+soon\\s+as\\s+possible|asap|immediately|right\\s+away|urgently|without\\s+(?:further\\s+)?delay|at\\s+once)`,
        `I\\s+(?:need|want|have)\\s+to\\s+know\\s+(?:now|today|immediately|right\\s+away|by)${TAIL(20)}`,
        `(?:kindly|please)\\s+(?:respond|reply|advise|revert)\\s+(?:immediately|at\\s+once|promptly|urgently|asap)`,
        `(?:kindly|please)\\s+(?:revert|respond|reply|advise|confirm|get\\s+back(?:\\s+to\\s+me)?|let\\s+me\\s+know)\\s+(?:back\\s+)?(?:by|before|within|no\\s+later\\s+than)\\s+${DAY}${CLAUSE(20)}`,
        `(?:please\\s+|kindly\\s+)?(?:respond|reply|answer|get\\s+back\\s+to\\s+me|write\\s+back)\\s+to\\s+(?:this|my)\\s+(?:e-?mail|message|note|letter)\\s+(?:today|tomorrow|tonight|immediately|right\\s+away|at\\s+once|asap|now|by|before|within)${CLAUSE(20)}`,
        `(?:please\\s+)?(?:call|ring|phone|text|e-?mail|write)\\s+me\\s+(?:back\\s+)?(?:today|tomorrow|tonight|immediately|right\\s+away|asap|at\\s+once|by\\s+(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|eod|the\\s+end))${CLAUSE(30)}`,
        `(?:please\\s+|kindly\\s+)?(?:treat|consider|handle|regard)\\s+(?:this|my\\s+\\p{L}+)(?:\\s+\\p{L}+)?\\s+(?:as\\s+)?(?:urgent|a\\s+(?:priority|matter\\s+of\\s+urgency)|with\\s+urgency|a\\s+top\\s+priority)`,
        `I(?:${A}d|\\s+would)\\s+like\\s+(?:an?\\s+|your\\s+|some\\s+)?(?:final\\s+|definitive\\s+|clear\\s+)?${ANSWER}\\s+(?:by|before|no\\s+later\\s+than|within|today|tomorrow|this\\s+week|immediately|now)${TAIL(25)}`,
        `I\\s+(?:need|must|have)\\s+to\\s+(?:hear(?:\\s+back)?|know|get\\s+(?:an?\\s+|your\\s+)?${ANSWER}|have\\s+(?:an?\\s+|your\\s+)?${ANSWER})\\s+(?:from\\s+you\\s+)?(?:by|before|within|no\\s+later\\s+than|today|tomorrow|now|asap|immediately|right\\s+away)${TAIL(25)}`,
        `I\\s+(?:must|have\\s+to|will\\s+have\\s+to)\\s+insist${TAIL(30)}`,
        `I\\s+(?:need|must|have)\\s+to\\s+(?:hear|know|find\\s+out|get\\s+(?:an?\\s+)?(?:answer|decision|response))${TAIL(40)}?\\s(?:by|before|no\\s+later\\s+than)\\s+${DAY}${CLAUSE(20)}`,
        `I\\s+trust\\s+(?:that\\s+)?(?:you|your\\s+team|someone)\\s+(?:will|${A}ll|would|shall)\\s+(?:\\p{L}+\\s+){0,3}?(?:promptly|soon|quickly|shortly|immediately|without\\s+(?:further\\s+)?delay|this\\s+time|by\\s+${DAY})`,
        `(?:please\\s+|kindly\\s+)?expedite${TAIL(30)}`,
        `(?:please\\s+|kindly\\s+)?(?:make|reach|finali[sz]e)\\s+(?:a|your|the)\\s+decision\\s+(?:soon|quickly|asap|now|immediately|promptly|by\\s+${DAY}|this\\s+week|today|already)`,
        `(?:please\\s+|kindly\\s+)?(?:respond|reply|get\\s+back\\s+to\\s+me|call\\s+me|write\\s+back)\\s+(?:today|tonight|tomorrow|now)`,
      ].join("|"),
    ),
    rewrite: "I would appreciate any update when you have one",
  },
  {
    id: "ultimatum",
    why: "An ultimatum turns a status check into a threat",
    pattern: phrase(
      [
        `if\\s+I\\s+(?:don${A}t|do\\s+not)\\s+hear\\s+(?:back\\s+)?(?:from\\s+you\\s+)?(?:by|before|within|soon|today|this|in\\s+the\\s+next)${TAIL(60)}`,
        `I(?:\\s+will|${A}ll|\\s+would|${A}d)\\s+(?:have\\s+to\\s+|need\\s+to\\s+|be\\s+forced\\s+to\\s+|simply\\s+|just\\s+)?(?:withdraw|pull)\\s+my\\s+(?:application|candidacy|name)${TAIL(30)}`,
        `(?:I${A}m|I\\s+am|I${A}ll|I\\s+will)\\s+giv(?:e|ing)\\s+you\\s+(?:until|till|til|through|one\\s+more|another)${TAIL(40)}`,
        `(?:otherwise|or\\s+else)\\s*,?\\s+I(?:\\s+will|${A}ll|\\s+(?:have|need)\\s+to)${TAIL(40)}`,
        `I(?:\\s+will|${A}ll)\\s+(?:have\\s+to\\s+|need\\s+to\\s+|be\\s+forced\\s+to\\s+)?(?:accept|take|go\\s+with)\\s+(?:another|other|a\\s+competing|the\\s+other)\\s+(?:offer|position|job|company)${TAIL(30)}`,
      ].join("|"),
    ),
  },
  {
    id: "accusation",
    rewritesClause: true,
    why: "Blaming them for the wait makes them defend themselves instead of answering",
    pattern: phrase(
      [
        `why\\s+(?:have${NEG}|has${NEG}|did${NEG}|do${NEG}|does${NEG}|won${A}t|will\\s+not|can${A}t|cannot|is${NEG}|are${NEG}|was${NEG}|is\\s+(?:it|this|everything)\\s+taking|does\\s+(?:it|this)\\s+take|am\\s+I\\s+still)${TAIL(40)}`,
        `what(?:\\s+is|${A}s)\\s+(?:taking\\s+so\\s+long|the\\s+(?:hold-?up|delay|problem))`,
        `why\\s+the\\s+(?:delay|hold-?up|wait|silence|radio\\s+silence)`,
        `why\\s+(?:no\\s+one|nobody|no-one|I\\s+(?:have\\s+not|haven${A}t|still\\s+have\\s+not|still\\s+haven${A}t|was\\s+not|wasn${A}t|never))${TAIL(40)}`,
        `(?:is|${A}s|has\\s+been|been|are|${A}re)\\s+taking\\s+(?:so|this|such\\s+a)\\s+long`,
        `(?:is|will|are)\\s+(?:anyone|anybody|someone|you|your\\s+team)\\s+(?:ever\\s+)?(?:going\\s+to|gonna)\\s+(?:get\\s+back|reply|respond|call|answer|contact|let\\s+me\\s+know|write)${TAIL(20)}`,
        `will\\s+(?:anyone|anybody|someone|you)\\s+ever${TAIL(30)}`,
        `(?:has|did|have)\\s+(?:anyone|anybody|someone|you)\\s+(?:even|actually|ever)\\s+(?:looked|read|seen|reviewed|opened|considered|bothered|received)${TAIL(30)}`,
        `(?:(?:it${A}s|it\\s+has|it\\s+is\\s+now)\\s+been|after)\\s+(?:over\\s+|more\\s+than\\s+|almost\\s+|nearly\\s+|well\\s+over\\s+)?(?:a|one|two|three|four|five|several|\\d+)\\s+(?:full\\s+)?(?:weeks?|days?|months?)\\s+(?:with(?:out)?\\s+(?:no|any|a)\\s+(?:response|reply|word|answer|news|update|call)|and\\s+(?:I\\s+)?(?:still\\s+)?(?:(?:have|${A}ve)\\s+)?(?:not|haven${A}t|no|nothing|never|heard\\s+nothing|no\\s+one|nobody))${TAIL(30)}`,
        `(?:I\\s+was|I${A}ve\\s+been|I\\s+have\\s+been)\\s+(?:told|promised|assured)\\s+(?:that\\s+)?(?:I${A}d|I\\s+would|I\\s+will|I${A}ll|someone\\s+would|you\\s+would|I\\s+should)\\s+(?:hear|get|receive|have)${TAIL(30)}`,
        `(?:I\\s+)?(?:have\\s+not|haven${A}t|did\\s+not|didn${A}t)\\s+(?:heard|received|gotten|get|hear|receive)\\s+(?:so\\s+much\\s+as\\s+)?(?:a\\s+single|one\\s+single|a\\s+peep|even\\s+a|so\\s+much\\s+as)${TAIL(30)}`,
        `(?:and\\s+|but\\s+)?(?:nobody|no\\s+one|no-one)\\s+(?:did|has|ever|even|bothered|got\\s+back|called|replied|responded|contacted|answered)${TAIL(30)}`,
        `(?:I\\s+have|I${A}ve)\\s+been\\s+(?:waiting\\s+)?(?:very\\s+)?patiently\\s+(?:waiting\\s+)?(?:for\\s+)?${TAIL(40)}`,
        `(?:I\\s+have|I${A}ve)\\s+been\\s+waiting\\s+(?:for\\s+)?(?:over\\s+|more\\s+than\\s+|almost\\s+|nearly\\s+)?(?:a|one|two|three|four|five|several|\\d+)\\s+(?:weeks?|days?|months?)${TAIL(30)}`,
        `(?:(?:${I_AM}|${I_HAVE}\\s+been)\\s+(?:getting\\s+|really\\s+|so\\s+)?)?(?:(?:tired|sick|weary)\\s+of\\s+waiting|(?:fed\\s+up|losing\\s+(?:my\\s+)?patience|running\\s+out\\s+of\\s+patience|out\\s+of\\s+patience))${TAIL(30)}`,
        `(?:I\\s+have|I${A}ve|I\\s+am|I${A}m)\\s+(?:been\\s+)?(?:more\\s+than|very|extremely|incredibly|beyond)\\s+patient`,
        `once\\s+again,?\\s+I\\s+(?:am|${A}m)\\s+(?:asking|requesting|forced\\s+to\\s+ask)${TAIL(30)}`,
        `this\\s+is\\s+(?:my|the)\\s+(?:third|fourth|fifth|sixth|\\d+(?:rd|th))\\s+(?:e-?mail|message|attempt|time|call|follow-?up)`,
        `(?:I${A}m|I\\s+am|${I_HAVE}\\s+been)\\s+still\\s+waiting\\s+(?:on|for|to\\s+(?:hear|get|receive))\\s+(?:back\\s+)?(?:from\\s+)?(?:you|your|anyone|someone|any\\s+(?:news|word)|(?:an?|any|some|the)\\s+(?:\\p{L}+\\s+)?${ANSWER}|back)${TAIL(25)}`,
        `${I_HAVE}\\s+been\\s+(?:patiently\\s+)?waiting\\s+(?:on|for|to\\s+hear\\s+from)\\s+(?:you|your)${TAIL(25)}`,
        `you\\s+(?:never|still\\s+(?:haven${A}t|have\\s+not)|haven${A}t\\s+(?:even|yet)|didn${A}t\\s+even|failed\\s+to|forgot\\s+to|neglected\\s+to)\\s+${TAIL(30)}?(?:repl|respond|answer|call|contact|get\\s+back|got\\s+back|gotten\\s+back|follow|e-?mail|write|wrote|let\\s+me\\s+know|bother|acknowledg)\\w*`,
        `you\\s+(?:promised|guaranteed|assured\\s+me|swore|gave\\s+me\\s+your\\s+word|were\\s+supposed\\s+to|committed\\s+to)${TAIL(40)}`,
        `you\\s+(?:said|told\\s+me|stated|wrote)\\s+(?:that\\s+)?(?:you|you${A}d|you\\s+would|you${A}ll|you\\s+will|I${A}d|I\\s+would|I\\s+will|I${A}ll|someone\\s+would|the\\s+team\\s+would)\\s+(?:definitely\\s+|certainly\\s+)?(?:call|get\\s+back|e-?mail|respond|reply|let\\s+me\\s+know|be\\s+in\\s+touch|contact|reach\\s+out|hear|have\\s+(?:an?\\s+)?(?:answer|decision|response))${CLAUSE(30)}`,
        `(?:and\\s+)?here\\s+we\\s+are${CLAUSE(30)}`,
        `(?:could|would|will|can)\\s+(?:\\p{L}+\\s+){0,2}?finally\\s+(?:let\\s+me\\s+know|get\\s+back|respond|reply|answer|call|tell\\s+me|decide|make)${CLAUSE(40)}|finally\\s+(?:hear|get)\\s+(?:back|an?\\s+answer|a\\s+response)${CLAUSE(20)}`,
        `(?:I\\s+still\\s+(?:have\\s+not|haven${A}t)|I\\s+(?:have|${A}ve)\\s+still\\s+not)\\s+(?:heard|received|gotten|had)\\s+(?:anything|a\\s+(?:word|thing|single|reply|response)|any\\s+(?:reply|response|word|answer|news)|back|from\\s+(?:you|anyone))${TAIL(20)}`,
        `(?:I\\s+(?:have|${A}ve)\\s+heard|there\\s+has\\s+been|I\\s+got)\\s+(?:absolutely\\s+)?nothing\\s+(?:back|from\\s+you|at\\s+all)${TAIL(20)}`,
        `(?:surely|by\\s+now\\s+(?:you|the\\s+team|someone))\\s+${TAIL(40)}?(?:by\\s+now|decided|decision|made|answer|reply|respond)`,
        `(?:you|the\\s+team|someone|the\\s+panel)\\s+(?:must|should)\\s+(?:have\\s+|${A}ve\\s+)?(?:\\p{L}+\\s+){0,3}?by\\s+now`,
      ].join("|"),
    ),
    rewrite: "I wanted to check whether there is any update",
  },
  {
    id: "per-my-last-email",
    why: "Pointing back at your last message reads as a reprimand",
    pattern: phrase(
      [
        `(?:as\\s+)?per\\s+my\\s+(?:last|previous|earlier|prior|original)\\s+(?:e-?mail|message|note|letter|voicemail|call)`,
        `as\\s+I(?:${A}ve|\\s+have)?\\s+(?:already\\s+)?(?:said|mentioned|stated|noted|explained|wrote|written|indicated)\\s+(?:before|previously|earlier|already|twice|three\\s+times|(?:several|many|multiple|a\\s+few)\\s+times|in\\s+my\\s+(?:last|previous|earlier|prior)\\s+(?:e-?mail|message|note|letter))`,
      ].join("|"),
    ),
    rewrite: "Following up on my last note",
  },
  {
    id: "passive-aggression",
    why: "Passive-aggressive wording reads as a reprimand",
    pattern: phrase(
      [
        `(?:as\\s+)?(?:a\\s+)?(?:friendly\\s+|gentle\\s+|quick\\s+)?reminder[,:]?\\s+(?:that\\s+)?you\\s+(?:promised|said|told|agreed|committed)${TAIL(40)}`,
        `(?:this\\s+is|it\\s+is|it${A}s|that\\s+is|that${A}s|I\\s+find\\s+(?:this|it))\\s+(?:\\p{L}+\\s+){0,2}?(?:unprofessional|unacceptable|disrespectful|discourteous|inconsiderate|rude|ridiculous|frustrating|disappointing|unfair)`,
        `I\\s+(?:deserve|am\\s+owed)\\s+(?:an?\\s+|the\\s+|some\\s+)?(?:answer|response|reply|explanation|decision|courtesy|update)`,
        `(?:the\\s+least\\s+you\\s+(?:could|can)|(?:common|basic|professional)\\s+courtesy)${TAIL(30)}`,
        `I(?:\\s+would|${A}d)\\s+have\\s+(?:expected|hoped\\s+for|thought\\s+I${A}d\\s+(?:get|have))\\s+(?:at\\s+least\\s+)?(?:the\\s+courtesy\\s+of\\s+)?(?:an?\\s+|some\\s+)?(?:reply|response|answer|update|call|word|courtesy)${TAIL(30)}`,
        `the\\s+courtesy\\s+of\\s+(?:a|an)\\s+(?:reply|response|answer|call|update)${TAIL(30)}`,
        `(?:leave|leaving|left|keep|keeping|kept)\\s+(?:candidates|applicants|people|me|us|everyone)\\s+(?:hanging|in\\s+the\\s+dark|waiting\\s+(?:this|so)\\s+long)${CLAUSE(20)}`,
        `(?:my|our)\\s+(?:application|candidacy|messages?|e-?mails?|calls?|notes?)\\s+(?:has|have|had)\\s+(?:\\p{L}+\\s+)?been\\s+(?:\\p{L}+\\s+)?(?:ignored|forgotten|overlooked|dismissed|brushed\\s+(?:off|aside)|shelved)`,
        `(?:feel|feels|felt)\\s+(?:like|as\\s+(?:if|though))\\s+(?:I(?:${A}m|\\s+am|\\s+was|${A}ve\\s+been|\\s+have\\s+been)|my\\s+\\p{L}+\\s+(?:is|was|has\\s+been))\\s+(?:being\\s+|been\\s+)?(?:\\p{L}+\\s+)?(?:ignored|forgotten|strung\\s+along|left\\s+hanging|ghosted|brushed\\s+off)`,
        `I\\s+(?:want|need|expect|deserve)\\s+(?:a\\s+|an\\s+)?(?:real|straight|clear|proper|definitive|honest|concrete|actual|firm)\\s+(?:answer|response|reply|timeline|decision|date)${CLAUSE(40)}`,
        `not\\s+(?:another|more|yet\\s+another)\\s+(?:vague|empty|non-?committal|evasive)\\s+\\p{L}+`,
        `surely\\s+${CLAUSE(40)}?(?:enough\\s+time|long\\s+enough|by\\s+now|decided|made\\s+up\\s+your\\s+mind|make\\s+up\\s+your\\s+mind)${CLAUSE(20)}`,
        `(?:make|made)\\s+up\\s+your\\s+(?:mind|minds)`,
        `(?:this\\s+is|it${A}s|it\\s+is)\\s+(?:now\\s+)?(?:the|my)\\s+(?:second|third|fourth|fifth|\\p{L}+th)\\s+time\\s+(?:that\\s+)?(?:I${A}m|I\\s+am|I${A}ve|I\\s+have|I)\\s+(?:having\\s+to\\s+|had\\s+to\\s+|been\\s+forced\\s+to\\s+)?(?:ask|write|chase|follow|e-?mail|reach|call|check)${CLAUSE(30)}`,
        `(?:it\\s+was\\s+made\\s+(?:quite\\s+|very\\s+|perfectly\\s+|abundantly\\s+)?clear|I\\s+was\\s+(?:assured|promised|(?:explicitly\\s+)?led\\s+to\\s+believe|guaranteed))(?:\\s+to\\s+me)?\\s+that${CLAUSE(60)}`,
        `(?:my|these|our)\\s+(?:previous\\s+|earlier\\s+)?(?:messages?|e-?mails?|calls?|notes?|voicemails?)\\s+(?:keep\\s+going|keep|have\\s+gone|went|are\\s+going|go|remain|have\\s+been\\s+left)\\s+(?:unanswered|unreturned|ignored|unread)`,
        `is\\s+there\\s+(?:a|any)\\s+(?:particular\\s+)?reason\\s+(?:why\\s+)?(?:you|I\\s+(?:haven${A}t|have\\s+not)|no\\s+one|nobody|my)${CLAUSE(40)}`,
        `(?:I${A}d|I\\s+would)\\s+(?:rather|prefer)\\s+not\\s+(?:to\\s+)?(?:have\\s+to\\s+)?(?:chase|follow\\s+up|ask|write|keep\\s+asking|keep\\s+chasing)${CLAUSE(30)}`,
        `I\\s+trust\\s+(?:that\\s+)?(?:I${A}ll|I\\s+will|you${A}ll|you\\s+will|we${A}ll|I\\s+can\\s+expect)\\s+${CLAUSE(30)}?(?:by|before|no\\s+later\\s+than|within)\\s${CLAUSE(20)}`,
        `(?:nobody|no\\s+one|no-one)\\s+(?:\\p{L}+\\s+){0,3}?(?:bothers?|cares?|seems\\s+to\\s+care|has\\s+(?:the\\s+)?(?:time|decency|courtesy)|is\\s+(?:answering|replying|responding))(?:\\s+to\\s+(?:answer|reply|respond|get\\s+back|call|write|read))?${CLAUSE(30)}`,
        `(?:a\\s+)?(?:quick|short|simple|brief|two-line|one-line)\\s+(?:reply|response|answer|e-?mail|note|call)\\s+(?:would|could)\\s+(?:only\\s+|just\\s+)?(?:have\\s+)?(?:taken|take|cost)${CLAUSE(30)}`,
        `(?:my|the)\\s+(?:previous|last|earlier|first|prior)\\s+(?:e-?mail|message|note|voicemail)\\s+(?:apparently|must\\s+have|seems\\s+to\\s+have|obviously|clearly)\\s+(?:got\\s+|gotten\\s+|been\\s+)?(?:lost|ignored|overlooked|missed|buried|vanished|disappeared)${CLAUSE(30)}`,
        `(?:you|u)\\s+(?:said|promised|told\\s+me)\\s+(?:\\p{L}+\\s+){0,3}?(?:and|but)\\s+(?:it${A}?s|it\\s+is|now\\s+it${A}?s|now)\\s+(?:already\\s+)?(?:\\p{L}+)(?:\\s+now)?\\s*\\?*(?:\\s+what${A}?s\\s+going\\s+on)?`,
        `what${A}?s\\s+going\\s+on\\s*\\?{2,}`,
        `I\\s+(?:shouldn${A}t|should\\s+not)\\s+have\\s+to${TAIL(40)}`,
        `for\\s+the\\s+(?:second|third|fourth|fifth|last|final|umpteenth)\\s+time`,
        `${I_AM}\\s+(?:still\\s+)?(?:confused|surprised|disappointed)\\s+(?:that|why|by)\\s+(?:I\\s+have${NEG}|I\\s+haven${A}t|no\\s+one|nobody|you)${TAIL(30)}`,
      ].join("|"),
    ),
  },
];
