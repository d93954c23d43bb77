// Needy phrasing: begging, desperation, self-doubt, over-apologising, anxiety and guilt.
// "Be careful not to come off as needy or insecure" (the guide, "What Should You Do?").
import { A, CLAUSE, I_AM, I_DONT, I_HAVE, INTENSIFIERS, NOT, phrase, TAIL, type PhraseFamily } from "./family";

const JOB = "(?:job|position|role|work|offer|opportunity|post|opening|chance|gig|placement|internship|contract)";
const THIS_JOB = `(?:this|the|that|a|your)\\s+(?:\\p{L}+\\s+){0,2}?${JOB}`;
/** "the strongest candidate", "a good fit", "qualified enough" */
const COMPETENT =
  "(?:(?:enough|the\\s+right|sufficient|the\\s+necessary|all\\s+the)\\s+(?:\\p{L}+\\s+)?(?:experience|skills|background|qualifications|training|knowledge)|(?:qualified|good|smart|experienced|strong|skilled|talented)(?:\\s+enough)?|ready(?!\\s+to\\s+(?:start|begin|relocate|move|commit|accept|sign|decide|make|give|leave|resign))|capable|cut\\s+out|up\\s+to\\s+(?:it|this|the\\s+(?:job|task|challenge|role))|worthy|(?:the|your|a|an)\\s+(?:\\p{L}+\\s+)?(?:best|strongest|ideal|right|top|first|most\\s+qualified|perfect|good|strong|great|obvious|serious|real)\\s+(?:fit|person|candidate|choice|applicant|match|hire|pick|contender))";
const I_BE = `(?:I(?:\\s+am|${A}m|\\s+was|\\s+would\\s+be|${A}d\\s+be|\\s+will\\s+be|${A}ll\\s+be)|I)`;
const BOTHER = "(?:bother(?:ing)?|pester(?:ing)?|trouble|troubling|bug(?:ging)?|intrud(?:e|ing)|interrupt(?:ing)?|nag(?:ging)?|hassl(?:e|ing)|spam(?:ming)?|flood(?:ing)?|chas(?:e|ing)|badger(?:ing)?|harass(?:ing)?|annoy(?:ing)?|impos(?:e|ing))";
/** what an over-apology is for: bothering them, writing again, being a pest */
const IMPOSING = `(?:(?:keep|keeping|always|constantly|once\\s+again|continually|repeatedly)\\s+)?(?:${BOTHER}|e-?mail(?:ing)?|writ(?:e|ing)|messag(?:e|ing)|reach(?:ing)?\\s+out|follow(?:ing)?\\s+up|check(?:ing)?\\s+in|circl(?:e|ing)\\s+back|tak(?:e|ing)\\s+up|fill(?:ing)?\\s+(?:up\\s+)?your\\s+inbox|be(?:ing)?\\s+(?:a|such\\s+a|so\\s+much\\s+of\\s+a)\\s+(?:pest|nuisance|bother|pain)|the\\s+(?:(?:repeated|many|multiple|constant|numerous|endless)\\s+(?:e-?mails?|messages?|follow-?ups?|calls?|notes?|requests?|check-?ins?)|intrusion|bother|trouble|interruption|inconvenience|repeated|many|multiple|constant|follow-?ups?)|(?:this|another|yet\\s+another|one\\s+more|all\\s+(?:the|my|these))\\s+(?:e-?mails?|messages?|notes?|follow-?ups?))`;
const APOLOGY = `(?:(?:I${A}m|I\\s+am)\\s+)?(?:(?:so|very|really|terribly|truly|awfully|extremely|deeply)\\s+)?sorry|(?:I\\s+)?(?:(?:do|must|truly|sincerely)\\s+)?apologi[sz]e|(?:my\\s+)?(?:sincere\\s+|deepest\\s+)?apologies|(?:please\\s+)?(?:forgive|pardon|excuse)\\s+me`;

export const NEEDY: PhraseFamily[] = [
  {
    id: "desperation",
    rewritesClause: true,
    why: "Saying how much you need the job reads as desperate",
    pattern: phrase(
      [
        `I\\s+${INTENSIFIERS}(?:need|needed|must\\s+(?:have|get)|have\\s+to\\s+(?:get|have|land)|gotta\\s+(?:get|have))\\s+${THIS_JOB}(?:\\s+(?:so|very|really)\\s+(?:badly|much)|\\s+more\\s+than\\s+(?:anything|anyone|you\\s+know))?`,
        `${I_AM}\\s+${INTENSIFIERS}desperate${TAIL(40)}`,
        `desperate(?:ly)?\\s+(?:for|to\\s+(?:get|land|hear|find|work|join|be|start|have))${TAIL(40)}`,
        `(?:this|the|that|getting\\s+(?:this|the|that)|landing\\s+(?:this|the|that))\\s+${JOB}\\s+(?:means|would\\s+mean|meant|will\\s+mean)\\s+(?:everything|the\\s+world|more\\s+than\\s+(?:anything|you\\s+know))(?:\\s+to\\s+me)?`,
        `I(?:\\s+will|${A}ll|\\s+would|${A}d)\\s+(?:\\p{L}+\\s+)?do\\s+(?:anything|whatever\\s+it\\s+takes)(?!\\s+(?:else\\s+)?(?:you|that\\s+(?:you|the\\s+team)|the\\s+team|your\\s+team)\\s+(?:need|needs|ask|asks|want|wants|require|requires))${CLAUSE(30)}`,
        `my\\s+(?:whole\\s+|entire\\s+)?(?:life|family|kids|children|future|livelihood|rent|mortgage|career)\\s+(?:depends|is\\s+depending|is\\s+riding|rides|hinges|relies|is\\s+relying|is\\s+counting|counts)\\s+on${TAIL(30)}`,
        `(?:I\\s+am|I${A}m|we\\s+are|we${A}re)\\s+(?:really\\s+|all\\s+)?(?:counting|relying|depending)\\s+on\\s+${THIS_JOB}`,
        `my\\s+(?:whole\\s+|entire\\s+)?(?:family|kids|children|wife|husband|partner|parents|son|daughter|household)\\s+(?:are|is)\\s+(?:really\\s+|all\\s+)?(?:counting|relying|depending)\\s+on\\s+(?:me|this|it)${CLAUSE(30)}`,
        `(?:${I_HAVE}\\s+been|${I_AM}|I\\s+was)\\s+(?:\\p{L}+\\s+)?(?:out\\s+of\\s+work|unemployed|jobless|without\\s+(?:a\\s+)?(?:job|work|income|a\\s+paycheck))(?:\\s+for\\s+(?:\\p{L}+\\s+)?(?:months|weeks|years|a\\s+(?:year|while)|so\\s+long|ages))?`,
        `running\\s+out\\s+of\\s+(?:options|money|savings|time|hope|patience)`,
        `(?:keep|keeps|keeping|kept)\\s+(?:us|me|my\\s+\\p{L}+|our\\s+\\p{L}+)\\s+(?:afloat|above\\s+water|going|housed|fed)`,
        `without\\s+(?:this|the|that|a)\\s+(?:job|position|role|income|paycheck|pay\\s*check|offer|work)\\s*,?\\s+I${CLAUSE(60)}`,
        `${I_DONT}\\s+know\\s+how\\s+(?:I${A}ll|I\\s+will|I${A}m\\s+going\\s+to|I\\s+am\\s+going\\s+to|I\\s+can|we${A}ll|we\\s+will)\\s+(?:pay|afford|make\\s+rent|cover|feed|survive|manage|keep)${CLAUSE(40)}`,
        `I\\s+(?:can(?:not|${A}t|\\s+not)|could(?:n${A}t|\\s+not))\\s+(?:\\p{L}+\\s+)?afford\\s+to\\s+(?:lose|miss|not\\s+get|pass\\s+up|let)${TAIL(30)}`,
        `(?:you\\s+are|you${A}re|this\\s+is|it${A}s|it\\s+is)\\s+(?:truly\\s+|really\\s+|honestly\\s+)?my\\s+(?:only|last|final)\\s+(?:hope|chance|option|shot)`,
        `my\\s+(?:last|only|final)\\s+(?:hope|chance|shot)`,
        `I(?:${A}d|\\s+would)\\s+(?:honestly\\s+|literally\\s+|totally\\s+|seriously\\s+|happily\\s+)?(?:kill|die|give\\s+anything|give\\s+my\\s+right\\s+arm|sell\\s+my\\s+soul|move\\s+mountains)\\s+(?:for|to\\s+(?:get|have|land|work|join))${CLAUSE(30)}`,
        `I\\s+was\\s+(?:really\\s+|so\\s+|truly\\s+)?(?:counting|relying|depending)\\s+on\\s+${THIS_JOB}`,
        `I\\s+(?:don${A}t|do\\s+not)\\s+know\\s+what\\s+(?:I${A}m|I\\s+am|I${A}ll|I\\s+will)\\s+(?:going\\s+to\\s+|gonna\\s+)?do${CLAUSE(30)}`,
        `(?:I${A}m|I\\s+am|I\\s+was|I\\s+feel|I\\s+felt)\\s+(?:so\\s+|absolutely\\s+|completely\\s+|truly\\s+|really\\s+)?(?:devastated|heartbroken|crushed|shattered|gutted)${CLAUSE(30)}`,
        `(?:would|will|does|did|means|meant)\\s+(?:mean\\s+)?(?:the\\s+world|everything)\\s+to\\s+me`,
        `I\\s+${INTENSIFIERS}want\\s+${THIS_JOB}\\s+(?:so\\s+(?:badly|much)|more\\s+than\\s+(?:anything|life|you\\s+know)|desperately)`,
        `I\\s+desperately\\s+want${TAIL(30)}`,
        `I\\s+${INTENSIFIERS}need\\s+(?:it|this)(?=\\s*[.!]|\\s+(?:so|more|badly|right\\s+now))(?:\\s+(?:so\\s+(?:badly|much)|more\\s+than\\s+(?:anything|you\\s+know)|badly|right\\s+now))?`,
        `(?:I|and|but|so)\\s+(?:really|desperately|badly|truly|so|seriously|urgently)\\s+need\\s+(?:the\\s+|a\\s+|some\\s+)?(?:work|money|income|paycheck|job|steady\\s+work)(?![\\p{L}])`,
        `I(?:${A}ll|\\s+will|${A}d|\\s+would)\\s+(?:gladly\\s+|happily\\s+|honestly\\s+)?(?:take|accept)\\s+(?:whatever|anything)(?:\\s+you${TAIL(30)})?`,
        `(?:${I_AM}|I\\s+(?:have\\s+been|${A}ve\\s+been))\\s+(?:\\p{L}+\\s+)?praying${TAIL(40)}`,
        `I(?:\\s+would|${A}d|\\s+will|${A}ll)\\s+be\\s+(?:\\p{L}+\\s+)?(?:devastated|crushed|heartbroken|shattered|lost)\\s+(?:if|without)${TAIL(40)}`,
        `(?:I${A}m|I\\s+am|I${A}d\\s+be|I\\s+would\\s+be|I${A}ll|I\\s+will|I\\s+could)\\s+(?:\\p{L}+\\s+)?(?:willing\\s+to\\s+|happy\\s+to\\s+|even\\s+)?(?:take|accept|work\\s+for)\\s+(?:a\\s+)?(?:pay\\s+cut|lower\\s+(?:pay|salary|wage)|less\\s+(?:money|pay)|any\\s+(?:role|position|job|salary|pay))`,
      ].join("|"),
    ),
    rewrite: "I am very interested in this role",
  },
  {
    id: "begging",
    rewritesClause: true,
    why: "Begging for a chance undercuts the case you made",
    pattern: phrase(
      [
        `(?:please[,!]?\\s+){1,3}(?:just\\s+)?(?:give|grant|offer)\\s+me\\s+(?:a|one|another|just\\s+one|the|this|that|an|your)\\s+(?:more\\s+|last\\s+|second\\s+|small\\s+|fair\\s+)?(?:chance|shot|try|opportunity|job|position|role)`,
        `(?:please[,!]?\\s+){1,3}(?:just\\s+)?(?:hire|pick|choose|take)\\s+me(?![\\p{L}]|\\s+(?:off|through|out))`,
        `give\\s+me\\s+(?:a|one|another|just\\s+one|this|that)\\s+(?:more\\s+|last\\s+|second\\s+|one\\s+)?(?:chance|shot|try)`,
        `any\\s+(?:chance|opportunity|position|role|job|opening)\\s+(?:at\\s+all|whatsoever)`,
        `(?:I\\s+)?(?:really\\s+|truly\\s+|just\\s+)?hope\\s+you${A}?(?:ll|\\s+will|\\s+would|\\s+can|\\s+could)?\\s+give\\s+me\\s+(?:a|one|another)\\s+(?:chance|shot)`,
        `(?:${I_AM}\\s+|I\\s+(?:was|have\\s+been|${A}ve\\s+been)\\s+)?begging(?:\\s+you)?(?!\\s+(?:the|this)\\s+question)`,
        `I\\s+(?:beg|implore|plead\\s+with|entreat)\\s+(?:you|of\\s+you)`,
        `(?:please\\s+(?:\\p{L}+\\s+)?reconsider|(?:any\\s+way|any\\s+chance)\\s+(?:that\\s+)?(?:you|the\\s+team|the\\s+panel)(?:\\s+(?:could|would|might|can)|${A}d)\\s+(?:please\\s+)?reconsider|(?:would|could|can|will)\\s+you\\s+(?:please\\s+)?(?:reconsider|change\\s+your\\s+mind)|(?:nothing|anything)\\s+(?:at\\s+all\\s+)?I\\s+(?:could|can|might)\\s+(?:do|say|offer)\\s+to\\s+(?:change\\s+your\\s+mind|make\\s+you\\s+reconsider|change\\s+the\\s+(?:decision|outcome)))${CLAUSE(30)}`,
        `(?:please\\s+)?(?:don${A}t|do\\s+not)\\s+(?:reject|forget\\s+about|forget|give\\s+up\\s+on|overlook|pass\\s+on|turn\\s+(?:me\\s+)?down|write\\s+me\\s+off)(?:\\s+me)?`,
        `(?:just\\s+)?(?:one|a\\s+second|another)\\s+chance\\s+(?:is\\s+all|to\\s+prove)${TAIL(30)}`,
        `I\\s+(?:won${A}t|will\\s+not|promise\\s+(?:not\\s+to|I\\s+won${A}t|I\\s+will\\s+not))\\s+(?:ever\\s+)?(?:let\\s+you\\s+down|disappoint\\s+you)`,
        `I${A}?(?:ll|\\s+will)\\s+(?:prove\\s+(?:it|myself)\\s+to\\s+you|make\\s+(?:it|this)\\s+up\\s+to\\s+you)`,
      ].join("|"),
    ),
    rewrite: "I would welcome the chance to be considered",
  },
  {
    id: "self-doubt",
    why: "Doubting yourself in writing invites them to doubt you too",
    pattern: phrase(
      [
        `I(?:\\s+was|\\s+am|${A}m)${NOT}\\s+(?:really\\s+|entirely\\s+|quite\\s+|totally\\s+|100%\\s+|at\\s+all\\s+)?(?:sure|certain|convinced|confident)\\s+(?:if\\s+|whether\\s+|that\\s+)?(?:I\\s+|I${A}m\\s+|I${A}d\\s+|my\\s+)${TAIL(30)}?\\b${COMPETENT}`,
        `(?:${I_DONT}|I\\s+(?:can${A}t|cannot|never))\\s+(?:really\\s+)?(?:think|know\\s+if|know\\s+whether|believe|feel|see\\s+how|imagine)\\s+(?:that\\s+)?${I_BE}\\s+${TAIL(20)}?\\b${COMPETENT}`,
        `I\\s+(?:(?:honestly|really|sometimes|still|kind\\s+of|sort\\s+of|somewhat|secretly|privately|do)\\s+){0,2}(?:doubt|wonder\\s+(?:if|whether)|question\\s+whether|worry|fear)\\s+(?:that\\s+)?${I_BE}\\s+(?:${TAIL(20)}?\\b)?(?:not\\s+|n${A}t\\s+)?${COMPETENT}`,
        `I(?:\\s+(?:probably|may|might|just|still|clearly|obviously))?(?:\\s+am|${A}m|\\s+was|\\s+may\\s+be|\\s+might\\s+be)(?:\\s+(?:just|simply|probably|clearly|obviously))?${NOT}\\s+(?:really\\s+|quite\\s+|yet\\s+|exactly\\s+|even\\s+)?${COMPETENT}(?!\\s+(?:this\\s+time|for\\s+(?:this|now|the\\s+moment)|right\\s+now|at\\s+this\\s+(?:time|stage)))`,
        `I\\s+(?:probably\\s+|clearly\\s+|obviously\\s+)?(?:wasn${A}t|isn${A}t|am\\s+not|was\\s+not)\\s+(?:really\\s+|quite\\s+|exactly\\s+|even\\s+)?${COMPETENT}(?!\\s+(?:this\\s+time|for\\s+(?:this|now|the\\s+moment)|right\\s+now|at\\s+this\\s+(?:time|stage)))`,
        `I\\s+(?:may|might|probably)\\s+not\\s+be\\s+(?:really\\s+|quite\\s+)?${COMPETENT}`,
        `(?:I\\s+know|I\\s+realize|I\\s+realise|I\\s+understand|I\\s+suspect)\\s+(?:that\\s+)?I(?:\\s+am|${A}m|\\s+was|\\s+may\\s+be|\\s+might\\s+be)?\\s+(?:probably\\s+|likely\\s+)?(?:not|no|n${A}t)\\s+(?:the|your)\\s+(?:best|first|top|strongest|ideal|most\\s+\\p{L}+|obvious|perfect)${TAIL(30)}`,
        `(?:I|I${A}m|I\\s+am|I\\s+was|I\\s+may\\s+be|I\\s+might\\s+be)\\s+(?:probably\\s+|a\\s+bit\\s+|somewhat\\s+|too\\s+)?(?:under-?qualified|over-?whelmed\\s+by\\s+the\\s+role|in\\s+over\\s+my\\s+head|out\\s+of\\s+my\\s+depth|not\\s+(?:smart|good|experienced|qualified)\\s+enough)`,
        `(?:I\\s+(?:know|think|fear|feel\\s+like|worry\\s+that|am\\s+afraid|${A}m\\s+afraid)\\s+)?(?:${I_AM}\\s+afraid\\s+|I\\s+fear\\s+)?I\\s+(?:really\\s+|totally\\s+|completely\\s+|kind\\s+of\\s+|probably\\s+|may\\s+have\\s+|might\\s+have\\s+)?(?:messed\\s+up|blew\\s+(?:it|the\\s+interview|my\\s+chance)|blown\\s+(?:it|the\\s+interview|my\\s+chance)|bombed|flubbed|botched|choked(?:\\s+on)?|screwed\\s+up|ruined|fumbled)${TAIL(30)}`,
        `if\\s+you(?:\\s+will|${A}ll)?\\s+still\\s+(?:have|want|consider)\\s+me`,
        `I\\s+hope\\s+I\\s+(?:didn${A}t|did\\s+not|wasn${A}t|was\\s+not)\\s+(?:talk|ramble|come\\s+across|come\\s+off|seem|sound|go\\s+on|overdo|blow|mess)${CLAUSE(30)}`,
        `my\\s+(?:answers?|interview|presentation|responses?|performance)\\s+(?:weren${A}t|wasn${A}t|were\\s+not|was\\s+not)\\s+(?:very\\s+|quite\\s+)?(?:perfect|great|good|my\\s+best|strong|what\\s+(?:they|it)\\s+should)${CLAUSE(20)}`,
        `(?:hope|worry|worried|afraid|fear|scared)\\s+(?:that\\s+)?I\\s+(?:didn${A}t|did\\s+not|haven${A}t|have\\s+not)\\s+(?:mess|blow|ruin|screw|blew)\\w*(?:\\s+(?:it|things|everything))?(?:\\s+up)?(?:\\s+my\\s+chances?)?`,
        `(?:mess(?:ed)?|blow|blew|blown|ruin(?:ed)?|screw(?:ed)?|hurt)\\s+(?:up\\s+)?my\\s+chances?`,
        `(?:worried|afraid|fear|worry|scared|concerned|sure|wondering\\s+(?:whether|if)|wonder\\s+(?:whether|if))\\s+(?:that\\s+)?I\\s+(?:said|did|gave|made|came\\s+across)\\s+(?:the\\s+|a\\s+|as\\s+)?(?:wrong|bad|poor|terrible|awful|something\\s+wrong|anything\\s+wrong|too\\s+(?:much|nervous)|unprepared|nervous)${CLAUSE(30)}`,
        `(?:someone|somebody|candidates?|people|others|applicants?)\\s+(?:much\\s+|far\\s+|a\\s+lot\\s+)?(?:better|stronger|more\\s+qualified|more\\s+experienced|smarter)\\s+than\\s+me`,
        `(?:went|go|going|gone|chose|choose|picked|pick|hired|hire)\\s+(?:with\\s+)?(?:someone|somebody|another\\s+(?:candidate|applicant|person)|a\\s+(?:candidate|applicant))\\s+(?:\\p{L}+\\s+)?(?:more\\s+(?:experienced|qualified|skilled)|better|stronger)`,
        `I(?:${A}m|\\s+am|\\s+may|\\s+might)\\s+(?:probably\\s+|likely\\s+|maybe\\s+)?not\\s+(?:be\\s+)?(?:exactly\\s+)?what\\s+you(?:${A}re|\\s+are|\\s+were)\\s+looking\\s+for`,
        `I\\s+(?:feel|felt)\\s+(?:so\\s+|really\\s+|just\\s+|a\\s+bit\\s+|terribly\\s+|quite\\s+)?(?:terrible|awful|bad|horrible|embarrassed|stupid|foolish|ashamed|guilty)\\s+(?:about|that|for|taking|keeping|bothering|asking|writing|to\\s+(?:bother|ask|keep|take|write))${TAIL(60)}`,
        `(?:I\\s+(?:feel|felt)\\s+(?:like|as\\s+if|that)\\s+|I\\s+(?:know|think|fear)\\s+(?:that\\s+)?)?I\\s+(?:really\\s+|totally\\s+)?(?:let\\s+(?:you|the\\s+(?:team|panel|committee)|everyone)\\s+down|disappointed\\s+you|wasted\\s+your\\s+time)`,
        `I\\s+(?:(?:know|feel|think)\\s+(?:that\\s+)?I\\s+)?(?:don${A}t|do\\s+not|didn${A}t|did\\s+not)\\s+(?:really\\s+|truly\\s+)?deserve\\s+(?:this|it|the\\s+(?:offer|job|role|position|chance)|such)`,
        `${I_AM}\\s+(?:(?:such|so|a\\s+complete|a\\s+total|an\\s+absolute)\\s+)?(?:an?\\s+)?(?:idiot|fool|failure|mess|disaster|klutz|screw-?up|loser)(?![\\p{L}])${CLAUSE(40)}`,
        `(?:I\\s+(?:feel|felt)\\s+(?:like\\s+)?(?:such\\s+)?an?\\s+(?:idiot|fool|failure))${CLAUSE(40)}`,
        `(?:${I_AM}|I\\s+(?:remain|was|feel|felt))\\s+(?:still\\s+|so\\s+|truly\\s+|deeply\\s+|utterly\\s+|really\\s+)?(?:mortified|humiliated|ashamed)${CLAUSE(60)}`,
        `(?:beg|ask|plead\\s+for)\\s+(?:your|for\\s+your)\\s+(?:forgiveness|pardon|indulgence)${CLAUSE(60)}`,
        `(?:was|is)\\s+it\\s+something\\s+I\\s+(?:did|said|wrote)(?:\\s+wrong)?|what\\s+did\\s+I\\s+do\\s+wrong`,
        `I\\s+(?:really\\s+|honestly\\s+|truly\\s+)?(?:thought|was\\s+(?:so\\s+)?sure|felt\\s+(?:so\\s+)?sure|was\\s+convinced)\\s+(?:that\\s+)?I\\s+(?:had\\s+(?:it|this|the\\s+job)|nailed\\s+it|got\\s+(?:it|this|the\\s+job)|was\\s+going\\s+to\\s+get\\s+(?:it|this|the\\s+job))`,
        `(?:probably\\s+|likely\\s+)?(?:doesn${A}t|does\\s+not|don${A}t|do\\s+not|won${A}t|will\\s+not|wouldn${A}t|would\\s+not)\\s+stand\\s+(?:a|much\\s+of\\s+a|any|a\\s+real)\\s+chance${CLAUSE(40)}`,
        `I\\s+(?:probably\\s+)?(?:have|stand|had)\\s+(?:no|little|zero)\\s+(?:real\\s+)?chance${CLAUSE(40)}`,
        `(?:${I_AM}|I\\s+was|I\\s+must\\s+be|I\\s+might\\s+be)\\s+(?:probably\\s+|likely\\s+|surely\\s+|easily\\s+|clearly\\s+)?the\\s+(?:least|weakest)\\s+(?:experienced|qualified|prepared|impressive|polished|strong)${CLAUSE(40)}`,
        `I\\s+(?:(?:suppose|guess|think|fear|know|realise|realize)\\s+(?:that\\s+)?I\\s+)?(?:was|am|${A}m|${A}ve\\s+been|have\\s+been)\\s+(?:never|not|just\\s+not|simply\\s+not)\\s+(?:really\\s+)?(?:cut\\s+out|meant|made)\\s+(?:for|to)${CLAUSE(40)}`,
        `(?:picked|chose|choose|hired|hire|selected|select|considered|consider|pick|want(?:ed)?)\\s+(?:someone|somebody|a\\s+person|a\\s+nobody)\\s+like\\s+me`,
        `can${A}t\\s+(?:quite\\s+|really\\s+)?believe\\s+(?:you|they|the\\s+team)\\s+(?:actually\\s+)?(?:picked|chose|hired|selected|wanted|considered)\\s+me`,
        `I\\s+(?:still\\s+)?cringe${CLAUSE(30)}`,
        `(?:worr(?:y|ies|ied)|fear(?:s|ed)?|afraid|doubt(?:s|ed)?|wonder(?:s|ed)?\\s+(?:if|whether))\\s+(?:that\\s+)?I\\s+(?:won${A}t|will\\s+not|wouldn${A}t|would\\s+not|can${A}t|cannot|might\\s+not|may\\s+not|don${A}t|didn${A}t)\\s+(?:\\p{L}+\\s+)?(?:measure\\s+up|live\\s+up|cut\\s+it|be\\s+(?:good\\s+)?enough|keep\\s+up|handle\\s+it|make\\s+it|deliver|succeed|fit\\s+in)${CLAUSE(30)}`,
        `(?:even\\s+)?(?:though|if|although)\\s+I${NOT}\\s+(?:have|meet)\\s+(?:all|most|every)\\s+(?:of\\s+)?the\\s+(?:requirements|qualifications)`,
      ].join("|"),
    ),
  },
  {
    id: "over-apology",
    why: "Over-apologising makes you sound like an imposition; you are not one",
    pattern: phrase(
      [
        `(?:${APOLOGY})(?:\\s+(?:again|once\\s+more|in\\s+advance))?,?\\s+(?:to|for|about|if)\\s+(?:(?:I${A}m|I\\s+am|I|it${A}s|this\\s+is)\\s+)?${IMPOSING}(?:\\s+you)?(?:\\s+(?:again|once\\s+more|so\\s+often|another\\s+time|with\\s+(?:this|another|yet\\s+another)\\s+(?:e-?mail|message|note)))?`,
        `(?:${APOLOGY})(?:\\s+again)?,?\\s+(?:for|about)\\s+(?:being|seeming|having\\s+been)\\s+(?:so\\s+|very\\s+|too\\s+|a\\s+bit\\s+|really\\s+|a\\s+little\\s+)?(?:nervous|unprepared|flustered|awkward|scattered|distracted|quiet|anxious|stiff|disorgani[sz]ed|late|long-?winded|all\\s+over\\s+the\\s+place)${CLAUSE(40)}`,
        `I\\s+hope\\s+(?:I${A}m|I\\s+am|I\\s+was)\\s+not\\s+(?:${BOTHER}|being\\s+(?:a\\s+|too\\s+)?(?:pest|nuisance|bother|pushy|annoying))(?:\\s+you)?`,
        `I\\s+hope\\s+(?:this|it|my\\s+(?:e-?mail|message|note))\\s+(?:isn${A}t|is\\s+not|wasn${A}t|was\\s+not)\\s+(?:too\\s+much\\s+of\\s+)?(?:a\\s+)?(?:bother|nuisance|imposition|intrusion|pushy|annoying|too\\s+(?:much|pushy|forward))`,
        `(?:please\\s+)?(?:forgive|excuse|pardon)\\s+me,?\\s+(?:again,?\\s+|once\\s+more,?\\s+)?for\\s+(?:fumbling|stumbling|rambling|botching|blanking|flubbing|messing|mangling|forgetting|bothering|pestering|writing\\s+again|following\\s+up\\s+again|taking\\s+so\\s+long|being\\s+(?:so\\s+)?(?:nervous|slow|scattered|awkward|late))${CLAUSE(60)}`,
        `(?:please\\s+)?(?:forgive|excuse|pardon)\\s+(?:me\\s+for\\s+|my\\s+)(?:rambling|stumbling|being\\s+(?:so\\s+)?(?:nervous|scattered|awkward)|my\\s+(?:nerves|rambling|answers?|performance|mistakes?)|nerves|how\\s+I)${CLAUSE(60)}`,
        `(?:please\\s+)?(?:forgive|excuse|pardon)\\s+(?:my|the|all\\s+(?:my|the|these))\\s+(?:persistence|(?:repeated|many|multiple|constant|numerous)(?:\\s+(?:e-?mails?|messages?|follow-?ups?|notes?|calls?|check-?ins?))?|follow-?ups?|intrusion|bothering|e-?mails|messages)`,
        `(?:${APOLOGY})(?:\\s+that)?\\s+(?:(?:this\\s+is|it${A}s|it\\s+is)\\s+(?:my|yet)\\s+(?:another|second|third|fourth|fifth|\\p{L}+th)\\s+(?:e-?mail|message|note|follow-?up)|I${A}m\\s+(?:e-?mailing|writing|reaching\\s+out|following\\s+up)\\s+(?:again|once\\s+more)|I\\s+keep\\s+(?:writing|e-?mailing|following\\s+up|checking\\s+in))`,
        `(?:${APOLOGY})\\s+(?:(?:that|if)\\s+)?I\\s+(?:rambled|stumbled|talked\\s+too\\s+much|blanked|froze|messed\\s+up|fumbled|was\\s+so\\s+nervous|got\\s+so\\s+nervous|went\\s+on)${CLAUSE(40)}`,
        `(?:${APOLOGY})\\s+(?:if|that)\\s+I\\s+(?:seemed|was|came\\s+(?:across|off)(?:\\s+as)?|sounded|looked|appeared|got)\\s+(?:\\p{L}+\\s+)?(?:nervous|unprepared|flustered|rambl\\w*|awkward|scattered|distracted|short|rude|quiet|anxious|stiff|disorganized|disorganised)`,
        `I\\s+(?:hate|don${A}t\\s+(?:want|mean)|do\\s+not\\s+(?:want|mean))\\s+to\\s+(?:be\\s+(?:a|such\\s+a)\\s+(?:pest|nuisance|bother)|${BOTHER})(?:\\s+you)?(?:\\s+again)?`,
        `(?:${I_AM}|I)\\s+(?:so\\s+|really\\s+|very\\s+)?sorry\\s+(?:for|about)\\s+(?:my|how)\\s+${TAIL(30)}?(?:nerv|answer|perform|rambl|stumbl|mistake|interview|blank)\\w*`,
      ].join("|"),
    ),
  },
  {
    id: "anxiety",
    why: "Telling them how anxious you are puts your worry on them",
    pattern: phrase(
      [
        `I(?:\\s+have|${A}ve|\\s+had|${A}d)?(?:${NOT}|\\s+can(?:not|${A}t|\\s+not)|\\s+could(?:${NOT})|\\s+barely|\\s+hardly)\\s+(?:been\\s+able\\s+to\\s+)?(?:slept|sleep|eaten|eat|stop(?:ped)?\\s+(?:worrying|checking)|stop(?:ped)?\\s+(?:thinking|obsessing)\\s+(?:about|over)\\s+(?:the\\s+interview|my\\s+(?:answers|interview|mistakes?|performance)|(?:the|your)\\s+decision|whether|if\\s+I|it)|think\\s+(?:of|about)\\s+anything\\s+else|relax(?:ed)?|focus(?:ed)?\\s+on\\s+anything\\s+else)${CLAUSE(90)}`,
        `${I_HAVE}\\s+been\\s+(?:constantly\\s+|obsessively\\s+|nervously\\s+|anxiously\\s+)?(?:checking|refreshing|watching|staring\\s+at)\\s+(?:my\\s+)?(?:e-?mail|inbox|phone|voicemail)${TAIL(40)}`,
        `I\\s+(?:just\\s+)?(?:keep|kept|can${A}t\\s+stop|cannot\\s+stop)\\s+(?:checking|refreshing|replaying|worrying|wondering|asking\\s+myself|staring\\s+at\\s+my|going\\s+over\\s+my|second-?guessing)${CLAUSE(60)}`,
        `I\\s+(?:keep|can${A}t\\s+stop|cannot\\s+stop|have${NOT}\\s+stopped)\\s+(?:thinking|obsessing)\\s+(?:about|over)\\s+(?:the\\s+interview|my\\s+(?:answers|interview|mistakes?|performance)|(?:the|your)\\s+decision|whether|if\\s+I)${TAIL(40)}`,
        `(?:losing|lost)\\s+(?:sleep|my\\s+mind)${TAIL(30)}`,
        `${I_AM}\\s+(?:starting|beginning)\\s+to\\s+(?:panic|worry|stress|freak\\s+out|lose\\s+hope|get\\s+(?:nervous|anxious|worried|discouraged)|feel\\s+(?:anxious|nervous|desperate|hopeless))${TAIL(30)}`,
        `on\\s+pins\\s+and\\s+needles`,
        `(?:${I_AM}|${I_HAVE}\\s+been|I\\s+was|I\\s+feel)\\s+(?:(?:so|really|very|totally|completely|a\\s+bit|kind\\s+of)\\s+)?(?:on\\s+edge|beside\\s+myself|sick\\s+with\\s+(?:worry|nerves)|a\\s+bundle\\s+of\\s+nerves|climbing\\s+the\\s+walls)${TAIL(40)}`,
        `(?:a\\s+)?nervous\\s+wreck`,
        `(?:${I_AM}|${I_HAVE}\\s+been|I\\s+was|I\\s+feel)\\s+(?:(?:so|really|very|extremely|incredibly|super|terribly|kind\\s+of|sort\\s+of|a\\s+(?:bit|little)|honestly|literally|totally|completely|pretty|quite)\\s+){0,2}(?:anxious|stressed|worried\\s+sick|worried|scared|panick(?:ing|ed)|freaking\\s+out|losing\\s+it|a\\s+wreck)\\s+(?:about|waiting|that|to\\s+hear|since|because|for|over|not\\s+knowing)${TAIL(40)}`,
        `(?:${I_AM}|${I_HAVE}\\s+been)\\s+(?:(?:so|really|very|extremely|incredibly|super|terribly|kind\\s+of|sort\\s+of|a\\s+(?:bit|little)|honestly|literally|totally|completely|pretty|quite)\\s+){0,2}(?:freaking\\s+out|panicking|losing\\s+(?:it|my\\s+mind|sleep))${TAIL(40)}`,
        `(?:${I_AM}|${I_HAVE}\\s+been|I\\s+was)\\s+(?:so|really|very|extremely|incredibly|super|terribly)\\s+(?:anxious|stressed|worried|scared|panicked|nervous)`,
      ].join("|"),
    ),
  },
  {
    id: "guilt",
    why: "Reminding them what you gave up reads as guilt-tripping",
    pattern: phrase(
      [
        `I(?:\\s+have|${A}ve|\\s+already|\\s+even)?\\s+(?:turned|said\\s+no\\s+to|declined|passed\\s+on)\\s+(?:down\\s+)?(?:\\p{L}+\\s+){0,2}?(?:offers?|interviews?|jobs?|positions?)${TAIL(40)}`,
        `(?:after|with)\\s+all\\s+(?:the\\s+)?(?:time|effort|work|money)\\s+I\\s+(?:have\\s+|${A}ve\\s+)?(?:put|spent|invested)${TAIL(40)}`,
        `I\\s+(?:gave\\s+up|sacrificed|took\\s+(?:\\p{L}+\\s+){0,2}?(?:day|days|time|leave)\\s+off|drove\\s+(?:\\p{L}+\\s+){1,2}?hours|flew|traveled|travelled)${TAIL(30)}?\\s+(?:for|to\\s+(?:attend|make|get\\s+to|be\\s+at))\\s+(?:this|the|your|our)\\s+interview`,
        `you\\s+owe\\s+(?:me|it\\s+to\\s+me)${TAIL(30)}`,
        `(?:after|when|since)\\s+I\\s+(?:had\\s+)?(?:rearranged|reorgani[sz]ed|cleared|moved|cancel+ed|gave\\s+up|put)\\s+(?:my\\s+)?(?:entire\\s+|whole\\s+)?(?:\\p{L}+\\s+)?(?:month|week|schedule|life|plans|vacation|holiday|weekend|family|job|calendar)(?:\\s+on\\s+hold)?${CLAUSE(60)}`,
      ].join("|"),
    ),
  },
];
