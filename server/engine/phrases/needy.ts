// Needy phrasing: begging, desperation, self-doubt, over-apologising, anxiety and guilt.
// "Be careful not to come off as needy or insecure" (the guide, "What Should You Do?").
import { A, I_AM, I_HAVE, INTENSIFIERS, NOT, phrase, TAIL, type PhraseFamily } from "./family";

const JOB = "(?:job|position|role|work|offer|opportunity|post|opening)";
const COMPETENT =
  "(?:qualified|good\\s+enough|smart\\s+enough|experienced\\s+enough|strong\\s+enough|ready|capable|cut\\s+out|up\\s+to\\s+(?:it|the\\s+(?:job|task|challenge))|the\\s+right\\s+(?:fit|person|candidate|choice)|a\\s+(?:good|strong)\\s+(?:fit|candidate|match)|worthy)";
const BOTHER = "(?:bother(?:ing)?|pester(?:ing)?|trouble|troubling|bug(?:ging)?|intrud(?:e|ing)|interrupt(?:ing)?|nag(?:ging)?|hassl(?:e|ing)|spam(?:ming)?)";

export const NEEDY: PhraseFamily[] = [
  {
    id: "desperation",
    why: "Saying how much you need the job reads as desperate",
    pattern: phrase(
      [
        `I\\s+${INTENSIFIERS}(?:need|needed|must\\s+(?:have|get)|have\\s+to\\s+(?:get|have|land))\\s+(?:this|the|that|a)\\s+${JOB}`,
        `${I_AM}\\s+${INTENSIFIERS}desperate${TAIL(40)}`,
        `desperate(?:ly)?\\s+(?:for|to\\s+(?:get|land|hear|find|work|join|be))${TAIL(40)}`,
        `(?:this|the|that)\\s+${JOB}\\s+(?:means|would\\s+mean|meant)\\s+(?:everything|the\\s+world|so\\s+much|a\\s+lot)(?:\\s+to\\s+me)?`,
        `I(?:\\s+will|${A}ll|\\s+would|${A}d)\\s+do\\s+(?:anything|whatever\\s+it\\s+takes)${TAIL(30)}`,
        `my\\s+(?:whole\\s+|entire\\s+)?(?:life|family|future|livelihood|rent)\\s+(?:depends|is\\s+riding|rides|hinges)\\s+on${TAIL(30)}`,
        `I\\s+can(?:not|${A}t|\\s+not)\\s+afford\\s+to\\s+(?:lose|miss|not\\s+get)${TAIL(30)}`,
        `(?:you\\s+are|you${A}re|this\\s+is)\\s+my\\s+(?:only|last)\\s+(?:hope|chance|option)`,
        `my\\s+(?:last|only)\\s+(?:hope|chance)`,
      ].join("|"),
    ),
    rewrite: "I am very interested in this role",
  },
  {
    id: "begging",
    why: "Begging for a chance undercuts the case you made",
    pattern: phrase(
      [
        `please\\s+(?:please\\s+)?(?:just\\s+)?(?:give|hire|pick|choose|grant)\\s+me(?:\\s+(?:a|one|another|just\\s+one)\\s+(?:more\\s+|last\\s+)?(?:chance|shot|try|opportunity))?`,
        `give\\s+me\\s+(?:a|one|another|just\\s+one)\\s+(?:more\\s+|last\\s+|second\\s+)?(?:chance|shot|try)`,
        `${I_AM}\\s+begging(?:\\s+you)?`,
        `I\\s+(?:beg|implore|plead\\s+with)\\s+(?:you|of\\s+you)`,
        `(?:please\\s+)?don${A}t\\s+(?:reject|forget\\s+about|forget|give\\s+up\\s+on|overlook|pass\\s+on)\\s+me`,
        `(?:just\\s+)?(?:one|a\\s+second|another)\\s+chance\\s+(?:is\\s+all|to\\s+prove)${TAIL(30)}`,
      ].join("|"),
    ),
    rewrite: "I would welcome the chance to be considered",
  },
  {
    id: "self-doubt",
    why: "Doubting yourself in writing invites them to doubt you too",
    pattern: phrase(
      [
        `I(?:\\s+was|\\s+am|${A}m)${NOT}\\s+(?:really\\s+|entirely\\s+|quite\\s+|totally\\s+|100%\\s+)?(?:sure|certain|convinced|confident)\\s+(?:if\\s+|whether\\s+|that\\s+)?(?:I\\s+|I${A}m\\s+)${TAIL(30)}?\\b${COMPETENT}`,
        `I${NOT}\\s+(?:think|know\\s+if|know\\s+whether|believe|feel)\\s+(?:that\\s+)?I(?:\\s+am|${A}m|\\s+was|\\s+would\\s+be|${A}d\\s+be)?\\s+${TAIL(20)}?\\b${COMPETENT}`,
        `I\\s+(?:probably\\s+|may\\s+|might\\s+|just\\s+|still\\s+)?(?:am|${A}m|was|may\\s+be|might\\s+be)${NOT}\\s+(?:really\\s+|quite\\s+|yet\\s+)?${COMPETENT}`,
        `I\\s+(?:may|might|probably)\\s+not\\s+be\\s+(?:really\\s+|quite\\s+)?${COMPETENT}`,
        `(?:I\\s+know|I\\s+realize|I\\s+understand)\\s+(?:that\\s+)?I(?:\\s+am|${A}m)\\s+(?:probably\\s+)?(?:not|no)\\s+(?:the|your)\\s+(?:best|first|top|strongest|ideal|most\\s+qualified)${TAIL(30)}`,
        `(?:I|I${A}m|I\\s+am|I\\s+was)\\s+(?:probably\\s+|a\\s+bit\\s+|somewhat\\s+)?(?:under-?qualified|over-?whelmed\\s+by\\s+the\\s+role)`,
        `(?:I\\s+(?:know|think|fear|feel\\s+like|worry\\s+that|am\\s+afraid)\\s+)?I\\s+(?:really\\s+|totally\\s+|completely\\s+|kind\\s+of\\s+)?(?:messed\\s+up|blew\\s+(?:it|the\\s+interview|my\\s+chance)|bombed|flubbed|botched|choked\\s+on)${TAIL(30)}`,
        `if\\s+you(?:\\s+will|${A}ll)?\\s+still\\s+(?:have|want|consider)\\s+me`,
        `(?:even\\s+)?(?:though|if|although)\\s+I${NOT}\\s+(?:have|meet)\\s+(?:all|most|every)\\s+(?:of\\s+)?the\\s+(?:requirements|qualifications)`,
      ].join("|"),
    ),
  },
  {
    id: "over-apology",
    why: "Apologising for following up suggests you are imposing; you are not",
    pattern: phrase(
      [
        `(?:(?:I${A}m|I\\s+am)\\s+)?(?:(?:so|very|really|terribly|truly|awfully|extremely)\\s+)?sorry\\s+(?:to|for|about|if\\s+I(?:${A}m|\\s+am)?)\\s+(?:keep\\s+|always\\s+)?(?:${BOTHER}|email(?:ing)?|writ(?:e|ing)|reach(?:ing)?\\s+out|follow(?:ing)?\\s+up|check(?:ing)?\\s+in|tak(?:e|ing)\\s+up|the\\s+(?:intrusion|bother|trouble|interruption|inconvenience|repeated|many|multiple|follow-?ups?))(?:\\s+you)?(?:\\s+(?:again|once\\s+more|so\\s+often|another\\s+time|with\\s+(?:this|another|yet\\s+another)\\s+(?:e-?mail|message|note)))?`,
        `(?:I\\s+)?(?:apologi[sz]e|my\\s+apologies)\\s+(?:again\\s+)?(?:for|if)\\s+(?:${BOTHER}|the\\s+(?:intrusion|bother|trouble|interruption|inconvenience)|(?:reaching|writing|following|checking|emailing)\\s+(?:out|up|in|again|you)|(?:this|another|yet\\s+another)\\s+(?:e-?mail|message|note)|taking\\s+up|I${A}m\\s+${BOTHER}|this\\s+is\\s+a\\s+${BOTHER})${TAIL(30)}`,
        `I\\s+hate\\s+to\\s+${BOTHER}\\s+you(?:\\s+again)?`,
        `(?:I${A}m|I\\s+am)?\\s*(?:so\\s+|really\\s+|very\\s+)?sorry\\s+(?:for|about)\\s+(?:my|how)\\s+${TAIL(30)}?(?:nerv|answer|perform|rambl|stumbl|mistake|interview|blank)\\w*`,
      ].join("|"),
    ),
  },
  {
    id: "anxiety",
    why: "Telling them how anxious you are puts your worry on them",
    pattern: phrase(
      [
        `I(?:\\s+have|${A}ve|\\s+had|${A}d)?(?:${NOT}|\\s+can(?:not|${A}t|\\s+not)|\\s+could(?:${NOT}))\\s+(?:been\\s+able\\s+to\\s+)?(?:slept|sleep|eaten|eat|stop(?:ped)?\\s+thinking|think\\s+(?:of|about)\\s+anything\\s+else|relax(?:ed)?|focus(?:ed)?\\s+on\\s+anything\\s+else)${TAIL(90)}`,
        `${I_HAVE}\\s+been\\s+(?:constantly\\s+|obsessively\\s+|nervously\\s+)?(?:checking|refreshing|watching)\\s+(?:my\\s+)?(?:e-?mail|inbox|phone|voicemail)${TAIL(40)}`,
        `I\\s+keep\\s+(?:checking|refreshing|replaying|thinking\\s+about|worrying)${TAIL(40)}`,
        `(?:losing|lost)\\s+(?:sleep|my\\s+mind)${TAIL(30)}`,
        `on\\s+pins\\s+and\\s+needles`,
        `(?:a\\s+)?nervous\\s+wreck`,
        `${I_AM}\\s+(?:so\\s+|really\\s+|very\\s+|extremely\\s+|incredibly\\s+)?(?:anxious|stressed|worried|scared|panick(?:ing|ed)|freaking\\s+out)\\s+(?:about|waiting|that|to\\s+hear|since|because)${TAIL(40)}`,
      ].join("|"),
    ),
  },
  {
    id: "guilt",
    why: "Reminding them what you gave up reads as guilt-tripping",
    pattern: phrase(
      [
        `I(?:\\s+have|${A}ve)?\\s+turned\\s+down\\s+(?:other|another|two|three|several|multiple)\\s+(?:offers?|interviews?|jobs?)${TAIL(40)}`,
        `(?:after|with)\\s+all\\s+(?:the\\s+)?(?:time|effort|work|money)\\s+I\\s+(?:have\\s+|${A}ve\\s+)?(?:put|spent|invested)${TAIL(40)}`,
        `I\\s+(?:gave\\s+up|sacrificed|took\\s+(?:a\\s+|unpaid\\s+)?(?:day|time)\\s+off|drove\\s+\\w+\\s+hours)${TAIL(30)}?\\s+(?:for|to\\s+(?:attend|make|get\\s+to))\\s+(?:this|the|your)\\s+interview`,
        `you\\s+owe\\s+(?:me|it\\s+to\\s+me)${TAIL(30)}`,
      ].join("|"),
    ),
  },
];
