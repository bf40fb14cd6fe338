"""Word tables the quote stage reads, each with its language: attribution verbs, given names by
gender, and the English nouns that can speak. Knowledge as data; a word not listed is simply unknown."""

from __future__ import annotations

# Attribution verbs as written, per language ("_" joins the words of a phrase). Longer forms first so
# "a déclaré" wins over "déclaré".
SPEECH_VERBS = {
    "en": """said says say told tells tell added adds wrote writes write tweeted tweets posted asked asks
        explained explains noted notes suggested suggests stated states warned warns cautioned cautions
        agreed agrees continued continues recalled recalls insisted insists argued argues claimed claims
        admitted admits acknowledged acknowledges confessed confesses revealed reveals shared shares
        instructed instructs described describes inquired inquires replied replies
        responded responds answered answers concluded concludes reported reports testified testifies
        announced announces remarked remarks observed observes emphasized emphasizes emphasised stressed
        stresses commented comments recommended recommends urged urges predicted predicts pointed_out
        points_out puts_it put_it went_on goes_on conceded concedes countered counters declared declares
        maintained maintains mused muses quipped quips laughed explaining noting saying adding stating
        telling writing asking conclude explain add warn argue suggest insist agree admit recommend
        observe emphasize predict contend advised advises advise wondered wonders joked jokes recalled
        emailed texted replied remembered remembers complained complains lamented laments
        acknowledged conceded cautioned vowed vows promised promises pledged pledges
        boasted boasts bragged brags scoffed scoffs retorted retorts shot_back fired_back chimed_in
        recounted recounts repeated repeats reiterated reiterates alleges asserted asserts
        assured assures affirmed affirms opined opines proclaimed proclaims interjected demanded demands
        speculated speculates reasoned reasons summarized summarizes reminded reminds
        reflected reflects confirmed confirms denied denies objected objects protested protests
        elaborated elaborates clarified clarifies fumed fumes railed rails griped gripes mocked mocks
        teased teases shouted shouts yelled yells chanted chants exclaimed exclaims whispered
        thundered declaring calling vowing insisting arguing warning telling promising
        continuing explained acknowledging conceding recalling telling tweeting writing""",
    "de": """sagte sagt sagten sagen erklärte erklärt erklärten betonte betont meinte meint schrieb schreibt
        twitterte warnte warnt kritisierte kritisiert berichtete berichtet ergänzte ergänzt erläuterte
        erläutert fügte_hinzu teilte_mit räumte_ein forderte fordert so""",
    "fr": """a_déclaré a_dit a_affirmé a_expliqué a_ajouté a_indiqué a_souligné a_estimé a_précisé a_assuré
        a_écrit a_lancé a_confié a_averti a_répondu a_réagi a_tweeté a_martelé a_insisté a_reconnu
        déclare dit affirme explique ajoute indique souligne estime précise assure écrit lance confie
        avertit répond réagit martèle insiste reconnaît raconte""",
    "es": "dijo afirmó explicó aseguró señaló añadió agregó declaró indicó sostuvo advirtió",
    "it": "ha_detto ha_dichiarato ha_spiegato ha_aggiunto ha_affermato ha_sottolineato dice spiega afferma",
    "pl": "powiedział powiedziała dodał dodała stwierdził stwierdziła napisał napisała",
    "ru": "сказал сказала заявил заявила отметил отметила добавил добавила написал написала подчеркнул",
}

# Common given names, for "she said" after a name. Knowledge as data; a name not listed is simply unknown.
FEMALE_NAMES = frozenset("""
mary maria marie anna anne ann elizabeth beth liz sarah sara jennifer jessica emily emma olivia sophia
sophie laura lauren linda susan karen lisa nancy patricia barbara margaret helen ruth julia julie
catherine katherine kathryn kate cathleen christine christina rachel rebecca amy amanda andrea angela
ashley melissa michelle nicole stephanie heather joy erica erika bianca
monica monika natalia natasha olga irina elena ekaterina tatiana svetlana yulia anastasia
alice claire camille chloé chloe léa manon isabelle nathalie sandrine céline valérie sylvie sylvia
ursula angela annalena sahra katrin petra sabine claudia giorgia kamala hillary
belinda naomi noa priya aisha fatima farah leila nina stacy tracy diane denise janet
joan judith kelly kimberly megan hannah grace victoria charlotte amelia ella ava mia zoe luna jing
pamela samantha alexandra alexis madeline jane jean sally tina tanya theresa teresa paula paige
abigail adele adriana agnes aileen alana alicia alison allison alyssa amber angelina angelique anita
annette april arlene audrey autumn barbra becky bernadette betty beverly bonnie brenda brianna brittany
brooke caitlin candace cara carla carly carmen carol carole caroline carolyn cassandra cathy cecilia
chelsea cheryl cindy clara colleen connie courtney crystal cynthia danielle darlene dawn debbie
deborah debra deirdre delores diana donna dora doris dorothy edith eileen elaine eleanor elena elise
ellen eloise elsa emilia esther ethel eva evelyn faith felicia frances francesca gabriela gabrielle
gail gina gladys gloria gretchen gwen harriet hazel heidi holly hope ida imelda ingrid irene iris
isabel isabella jacqueline jacklyn janice jeanne jeannie jenna jenny jill joanna joanne
jocelyn josephine joyce juanita judy julianne june kara karin kathleen kathy katie kayla kendra
kirsten krista kristen kristin kristina lana leah lillian lily lois loretta
lori lorraine louise lucia lucy lydia lynn mabel madeleine madison mallory marcia margarita marian
marianne marilyn marion marisa marjorie marlene marsha martha maureen maxine meghan megyn melanie
melinda meredith michele mildred millie miranda miriam molly nadia nancy nora norma olive pam patsy
patty pauline peggy penny phyllis polly rachael ramona regina renee rhonda rita roberta rosa
rosalind rose rosemary roxanne sabrina sandra shannon sharon sheila shelby shelley sherry
shirley sonia sonya stella sue susie suzanne tamara tammy tara tessa thelma tiffany tracey valerie
vanessa vera veronica vicki vickie virginia wanda wendy whitney yolanda yvonne zelda nikki ivanka
melania chelsea huma donna debbie loretta nancy tulsi kirsten marsha betsy condoleezza sonia
""".split())
MALE_NAMES = frozenset("""
john james robert michael william david richard joseph thomas charles christopher daniel matthew mark
donald paul steven stephen andrew kenneth joshua josh kevin brian george edward ronald timothy jason
jeffrey ryan jacob gary nicholas nick eric jonathan larry justin scott brandon benjamin samuel frank
gregory raymond alexander patrick jack dennis jerry tyler aaron henry adam douglas peter nathan nate
zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry sean arthur austin
noah lawrence jesse joe bryan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy
eugene vincent russell louis philip phil bobby johnny bradley evgeny yevgeny sergei sergey vladimir
dmitry dmitri alexei alexey ivan igor mikhail nikolai andrei emmanuel jean-luc jean-pierre pierre
françois francois olivier nicolas laurent thierry friedrich olaf markus karl hans jürgen jurgen
wolfgang klaus stefan stefano luigi giuseppe marco matteo carlos jose josé luis pedro antonio manuel
drew darren dan ken craig isaac eddie luca tom tim jim bill bob mike steve dave chris tony
abraham al alfred allen alvin andy angus anthony archie arnold barack barney barry ben bennett bernard
bernie bert bill billy blake brad brendan brent brett buck bud byron cal calvin carlton cecil
chad charlie chester chip chuck clarence clark claude clay clayton cliff clifford clint clyde cody
colin conrad cory curt curtis dale dallas dalton damon darrell darryl dean derek devin dick
dirk dominic don donnie dustin dwight earl ed edgar edmund eli elijah elliott elmer elvis emmett enrique
ernest ernie ethan everett felix fernando floyd forrest francis franklin fred freddie freddy gavin
 geoff geoffrey gil gilbert glen glenn gordon grady graham grant greg gus guy hal hank harlan
harris harry harvey hector herbert herman homer howard hugh hugo ian irving jake jared javier jeb jeff
jerome jimmy joel joey jon jonah jorge julian julius kurt lamar lance leo leon leonard
leroy les lester lewis lloyd lowell luke lyle lyndon malcolm marcus mario marshall martin
marty marvin mason max maxwell melvin mickey miguel miles milton mitch mitchell mitt morris murray
myron ned neil nelson newt nigel noel norm norman oliver omar orrin oscar otis owen percy pete
preston quentin ralph randall randolph ray reed reggie reince rex reuben rex ricardo richie rick
rickey ricky rob robbie rod rodney rolf ron ronnie ross rudy rufus rush russ sam sammy sanford saul
seth sherman sid sidney simon spencer stanley stu stuart ted teddy terrence theodore todd tommy
travis trent trevor troy tucker tyrone vance vaughn vernon victor vince wade wallace walt warren
wes wesley wilbur will willard wilson winston woodrow xavier zach zack
""".split())

GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES

# English nouns that can be the speaker of a quotation (people, bodies, documents), and endings of
# abstract nouns, which never do.
SPEAKING_NOUNS = frozenset("""
source person man woman boy girl child kid mother father son daughter wife husband friend neighbor
neighbour official aide adviser advisor candidate lawmaker member leader chief head expert critic
spokesman spokeswoman spokesperson representative senator governor mayor president secretary minister
judge lawyer attorney doctor nurse officer police sheriff detective agent guard soldier veteran
general colonel captain host anchor guest caller fan voter resident citizen immigrant refugee worker
employee staffer executive founder owner chairman chairwoman director manager coach player star
actor actress singer comedian author writer editor columnist reporter journalist analyst economist
scientist researcher professor teacher student pastor priest bishop pope rabbi imam victim witness
survivor protester protestor demonstrator activist organizer supporter opponent delegate donor
strategist pollster consultant operative insider observer commentator group campaign committee
administration agency ministry department office company firm bank government council party team
union organization organisation association network newspaper paper magazine outlet station channel
statement report study survey letter release memo email post tweet ad advertisement video website
site note filing complaint lawsuit document poll review book article editorial column research analysis
meta-analysis findings data trial evidence model
""".split())

# Names ending in "-ing", which a capitalised participle opening a sentence ("Reprising …") is not.
KNOWN_ING_NAMES = frozenset("king ding ming xing jing ying ling fleming browning manning cumming".split())
# Adverbs and numbers that open a sentence in capitals without naming anyone ("Shortly after …").
SENTENCE_ADVERBS = frozenset("""shortly immediately recently previously meanwhile currently initially finally
ultimately subsequently separately similarly additionally eventually apparently reportedly earlier later
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty hundred thousand million dozens""".split())
# Given names both men and women bear: they tell no gender on their own.
UNISEX_NAMES = frozenset(
    "terry marty pat chris kelly leslie jamie jordan taylor alex sam robin casey dana jesse lee kim".split())

# Titles and roles that come before a name and are not part of it ("Spokeswoman Maria Zakharova").
ROLE_WORDS = frozenset("""
spokeswoman spokesman spokesperson spokesmann sprecher sprecherin porte-parole minister ministerin ministre
député députée directeur directrice chercheur chercheuse avocat avocate économiste
president präsident präsidentin président présidente chancellor kanzler kanzlerin secretary senator
representative rep governor mayor bürgermeister maire ambassador diplomat envoy journalist reporter
correspondent columnist editor professor prof dr doctor officer detective sergeant lieutenant captain
colonel general admiral commander chief ceo cfo cto coo cpo founder co-founder cofounder owner co-owner
director manager head chair chairman chairwoman chairperson planner designer author co-author analyst
economist researcher scientist biologist physician nurse lawyer attorney judge prosecutor coach
leader king queen prince virologe virologin experte expertin princess pope bishop father sister brother
mr mrs ms miss mme mlle herr frau rev sen gov gen capt sgt col lt cmdr adm atty supt insp
monsieur madame sir lord lady premier prime vice deputy assistant associate senior lead principal
consultant pollster strategist aide adviser advisor candidate nominee delegate activist organizer lobbyist
commentator anchor host pastor reverend rabbi imam priest congressman congresswoman councilman councilwoman
lawmaker legislator member
""".split())
# Endings of compound role words: "Bundeskanzler", "Virologin", "Parteichefin", "Ministerpräsident".
ROLE_SUFFIXES = ("kanzler", "kanzlerin", "minister", "ministerin", "präsident", "präsidentin", "sprecher",
                 "sprecherin", "chef", "chefin", "leiter", "leiterin", "experte", "expertin", "loge", "login",
                 "vorsitzende", "vorsitzender", "direktor", "direktorin", "professorin", "ärztin", "arzt",
                 "politiker", "politikerin", "abgeordnete", "abgeordneter", "ökonom", "ökonomin")
# Organisation words: a name run holding one of them is not a person.
ORG_WORDS = frozenset("""
university college school institute institution center centre department ministry agency office
company corporation corp inc ltd llc gmbh ag sa group association council committee commission
foundation fund bank hospital clinic laboratory lab news times post journal press radio television tv
network party court army police government parliament congress senate union league federation
church museum library society services service club team initiative program programme project
""".split())
# Words that start a sentence in capitals without being part of a name.
LEADING_STOPWORDS = frozenset("""
the a an and but or so as if in on at of for with by from to while when after before since although
though still yet however meanwhile also this that these those his her their its our my your we i it
he she they there here then now according speaking asked last next new one two three even only just
perhaps indeed instead earlier later yesterday today tonight recently previously finally first ultimately
der die das ein eine und aber auch laut nach le la les un une et mais selon pour avec dans
""".split())
SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
# Capitalised words that open sentences and are never a speaker's name.
SENTENCE_OPENERS = frozenset("""many most some several few others everyone everybody nobody always never often
sometimes experts critics officials analysts researchers scientists studies reports people users readers
customers residents fans all both each""".split())
# Descriptions that stand for a person named earlier, with words in that person's role that fit them.
DESCRIPTION_ROLES = {
    "journalist": ("journalist", "reporter", "correspondent", "columnist", "editor", "writer"),
    "reporter": ("journalist", "reporter", "correspondent"),
    "diplomat": ("diplomat", "ambassador", "envoy", "foreign ministry", "foreign minister",
                 "foreign affairs", "state department", "spokes"),
    "spokeswoman": ("spokeswoman", "spokesperson"),
    "spokesman": ("spokesman", "spokesperson"),
    "minister": ("minister",),
    "official": ("official", "minister", "spokes", "secretary", "officer", "director"),
    "researcher": ("researcher", "scientist", "professor", "author", "study"),
    "scientist": ("researcher", "scientist", "professor", "biologist", "physicist", "chemist"),
    "professor": ("professor",),
    "expert": ("expert", "analyst", "professor", "researcher"),
    "analyst": ("analyst",),
    "economist": ("economist",),
    "lawyer": ("lawyer", "attorney", "counsel"),
    "doctor": ("doctor", "physician", "dr", "md"),
    "president": ("president",),
    "senator": ("senator",),
    "officer": ("officer", "police"),
    "executive": ("ceo", "chief", "executive", "president", "founder", "director"),
    "founder": ("founder",),
    "politician": ("senator", "minister", "mp", "deputy", "politician", "representative"),
}
# Titles written short before a name ("Sen. Bernie Sanders" is "the senator").
ROLE_ABBREVIATIONS = {"senator": ("sen",), "governor": ("gov",), "representative": ("rep",),
                      "congressman": ("rep",), "congresswoman": ("rep",), "general": ("gen",),
                      "professor": ("prof",), "doctor": ("dr",), "reverend": ("rev",), "pastor": ("rev",)}
# Common nouns for a person that a description may stand on ("the candidate", "the lawmaker").
PERSON_NOUNS = frozenset("""candidate lawmaker congressman congresswoman governor nominee frontrunner
front-runner billionaire businessman businesswoman mogul senator pastor reverend activist strategist
pollster adviser advisor aide democrat republican justice""".split())
# Nouns a document or body speaks through: "the Strava report" is Strava speaking.
DOCUMENT_NOUNS = frozenset(
    "report study survey statement review paper research analysis release letter complaint filing".split())
FEMALE_WORDS = frozenset("""
she her spokeswoman chairwoman congresswoman businesswoman councilwoman actress mrs ms miss mme madame
frau sprecherin ministerin präsidentin kanzlerin présidente mother wife daughter sister queen princess
lady woman girl widow elle ella lei
""".split())
MALE_WORDS = frozenset("""
he his him spokesman chairman congressman businessman councilman actor mr herr monsieur father husband
son brother king prince sir lord man boy widower sprecher minister präsident kanzler président il él lui
""".split())
# Capitalised words beside attribution verbs that are never anyone's name ("said Thursday").
NOT_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december today yesterday tonight""".split())
# Titles written short, which are never a surname ("Christian Rev. Derek Penwell").
ABBREVIATED_TITLES = frozenset(
    "mr mrs ms miss mme mlle dr rev sen gov gen rep prof capt sgt col lt cmdr adm atty supt insp".split())
SUFFIXES = frozenset("jr sr ii iii iv".split())

# Prepositions that put the speaker after them: "according to X", "selon X", "laut X", "по словам X".
ACCORDING_TO = ("according to", "selon", "laut", "según", "secondo", "według", "по словам", "d'après")
PRONOUNS = {
    "he": "m", "she": "f", "er": "m", "sie": "f", "il": "m", "elle": "f", "él": "m", "ella": "f",
    "lui": "m", "lei": "f", "он": "m", "она": "f", "on": "m", "ona": "f",
    "they": None, "it": None, "ils": None, "elles": None, "es": None,
}
# English pronouns, which follow their verb only at a sentence's end ("said he."), never before more words.
CLAUSE_PRONOUNS = frozenset("he she it they".split())
ADVERBS = frozenset("also later then further previously recently again once finally now simply just "
                    "still often already quickly bluntly flatly".split())
AFFILIATION_WORDS = frozenset("of at for from with in by bei von chez de du".split())
AUXILIARIES = frozenset("is are was were be been has have had will would can could may might should must "
                        "do does did ist sind war hat est sont".split())
FUNCTION_WORDS = frozenset(
    "and or of to in for with on at by the a an but as than from und oder et ou".split())
# Words that open a subordinate clause: a phrase ending in one is cut mid-clause.
SUBORDINATORS = frozenset("if when whenever while where because although though unless until upon whether".split())
RELATIVES = frozenset("that who which whose dass qui que".split())
DETERMINERS = frozenset(
    "the a an one another der die das ein eine le la les l un une el los las il lo".split())
# Capitalised at a sentence's start, these open a description of a group, not a name.
QUANTIFIERS = frozenset("multiple several many some few both other others".split())
ENGLISH_DETERMINERS = frozenset("the a an one another".split())
# Endings of abstract nouns, which never speak ("the determination", "the paradox" is listed below).
ABSTRACT_SUFFIXES = ("tion", "sion", "ness", "ity", "ance", "ence", "ism", "ment", "ship", "hood")
NOT_SPEAKING = frozenset("""number order matter quarter other corner border center centre chapter cover power
summer winter weather water dinner rather together whether never ever later answer paper character
banner barrier manner monster murder offer letter after under over error terror horror mirror floor
door factor sector moment comment element event extent content intent percent incident argument
agreement development environment government movement statement payment treatment achievement
investment management department settlement amendment document instrument judgment judgement
parliament tournament experiment segment fragment component equipment plant grant giant
relevant distant instant meant want elephant abundance alive drive motive incentive objective
initiative narrative alternative perspective paradox day size link copy majority minority freeze impact
voice same way time year week month thing idea question answer problem issue point fact reason
result part kind sort lot number rest""".split())
FIRST_PERSON = frozenset("i we you".split())
