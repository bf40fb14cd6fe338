"""What boilerplate looks like, as data: text patterns and element tokens, each with its kind.

Both paths use this table: the HTML path on the blocks trafilatura keeps (and on element
class/id tokens), the text-dump path on its lines. No rule names a site. Patterns match a whole
short block after whitespace folding, case-insensitively; `SENTENCE_PATTERNS` match inside longer
blocks that are nothing but a disclosure or a prompt.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet

from ..months import month_alternation
from ..patterns import compile_patterns
from .triggers import TriggerIndex, table_triggers

# A block longer than this is prose, whatever words it contains.
MAX_PATTERN_WORDS = 14

# kind → alternatives matching a whole short block. English, German, French, Spanish, Russian;
# Japanese, Chinese and Korean where a kind's words are few and fixed.
BLOCK_PATTERNS: dict[str, tuple[str, ...]] = {
    "newsfeed": (
        r"news ?feed", r"latest news", r"latest( stories| posts| articles)?", r"top stories", r"trending( now)?",
        r"most (read|popular|viewed)", r"breaking news", r"news ticker", r"лента новостей", r"новости",
        r"neueste (nachrichten|artikel)", r"meistgelesen", r"dernières (nouvelles|actualités)", r"à la une",
        r"últimas noticias", r"lo más leído",
        r"(recent|popular|trending) (posts|articles|stories|news)( in [\w\s]+)?",
        # ja, zh, ko: rankings and feeds of the newest stories ("社会の新着": one section's newest).
        r"(ニュース|アクセス|記事)?ランキング", r"(最新|新着|人気)(ニュース|記事)?", r"\w{1,8}の新着",
        r"(最新|热门|熱門|即时|即時)(新闻|新聞|文章)", r"排行榜", r"(热门|熱門)排行",
        r"(많이|가장 많이) 본 (뉴스|기사)", r"(최신|인기) ?(뉴스|기사)", r"실시간 (인기|뉴스)",
    ),
    "related": (
        r"(read|see|view) (also|more)( articles| stories| posts| news)?:?", r"related( articles| posts| stories| content| reading| topics)?:?",
        r"(you|we think you) (might|may) (also )?(like|enjoy|be interested in)( these)?:?",
        r"(more|other) (stories|articles|posts|news|reading)( from [\w\s]+)?:?", r"more from [\w&'’.-]+( [\w&'’.-]+){0,2}:?", r"recommended( for you| reading)?:?",
        r"browse related articles", r"keep reading", r"continue reading", r"next (article|post|story):?",
        r"previous (article|post|story):?", r"back to (the )?(blog|blogs|news|articles|top)", r"up next:?",
        r"lesen sie auch:?", r"mehr zum thema:?", r"das könnte sie auch interessieren:?", r"weitere artikel",
        r"(à )?lire aussi:?", r"sur le même sujet:?", r"voir aussi:?", r"lea también:?", r"te puede interesar:?",
        r"noticias relacionadas:?", r"читайте также:?", r"по теме:?", r"см\. также:?", r"jump to (the )?(list|recipe)",
        r"recommend(ed)? (posts|articles|stories|reads)",
        # A link to another story behind its label: "Related: Title", "[Read more: Title]".
        r"[\[(]?(related|see also|also read|read (also|more|next)|more|more on this( topic)?|you (might|may) also like|"
        r"recommended( reading)?|(next|previous) (article|post|story)|lesen sie auch|mehr zum thema|(à )?lire aussi|"
        r"voir aussi|le[ae] también|te puede interesar|читайте также|по теме|см\. также|смотрите также)"
        r"\s*[:|–—]\s*[^:|]{3,}[\])]?",
        # ja, zh, ko; a labelled link as the Japanese press sets it: "【関連記事】Title".
        r"関連(記事|ニュース|リンク)", r"(あわせて|合わせて)読みたい", r"(こちらも)?おすすめ(の)?(記事|情報)",
        r"【関連(記事|ニュース)】.{3,}",
        r"(相关|相關)(新闻|新聞|文章|阅读|閱讀|报道|報導)", r"延伸(阅读|閱讀)", r"(推荐|推薦)(阅读|閱讀|文章)",
        r"관련 ?(기사|뉴스)", r"추천 ?(기사|뉴스)",
    ),
    "login_prompt": (
        r"to participate in the discussion", r"log ?in or register", r"(log|sign) ?in( to comment| to reply)?",
        r"register( now)?", r"create (an|a free) account", r"already (a member|have an account)\??( log ?in| sign in)?",
        r"чтобы (принять участие в обсуждении|оставить комментарий)", r"войдите или зарегистрируйтесь",
        r"anmelden|einloggen|registrieren", r"se connecter|connexion|s'inscrire", r"iniciar sesión|regístrate",
        r"ログイン(する)?", r"(新規|会員)登録", r"ログイン ?/ ?(新規|会員)登録",  # ja
        r"(登录|登入|登錄)", r"(注册|註冊)", r"(登录|登入|登錄) ?/ ?(注册|註冊)",  # zh
        r"로그인", r"회원 ?가입", r"로그인 ?/ ?회원 ?가입",  # ko
    ),
    "subscribe": (
        r"subscribe( now| today| here| to us| for free)?!?", r"subscribe to (our|the) [\w\s]+", r"subscribers? only",
        r"subscribe to [\w\s&'’-]{2,40}",
        r"this (article|story) is (exclusive|available only) to [\w\s+]+ subscribers",
        r"become a (member|subscriber|patron)", r"support (our|independent) journalism", r"abonnieren",
        r"jetzt abonnieren", r"s'abonner|abonnez-vous", r"suscr[ií]b[ae]te", r"подписаться|подпишитесь",
        # The heading of a subscription offer.
        r"what('s| is) included (in|with) (a|the|your) subscription\??",
        r"(購読|有料会員|会員限定)(する|登録)?", r"(订阅|訂閱)", r"구독(하기)?",  # ja, zh, ko
    ),
    "newsletter": (
        r"(sign up|subscribe|join|register)( now)? (for|to) (our|the)( free| weekly| daily)? [\w\s&'’+-]*(newsletter|mailing list|emails?)[\w\s,'’.-]*",
        r"(join|get) (our|the) [\w\s]*newsletter", r"newsletters?( sign ?up)?", r"sign up( now| today| for free)?!?",
        r"get the (latest|best)[\w\s&'’,-]* (delivered )?(to|in) your inbox[\w\s.]*",
        r"(enter|your) (your )?e-?mail( address)?", r"join our mailing list",
        r"sign up to (receive|get) [\w\s]*(e-?mails?|newsletters?|updates)[\w\s!.]*", r"newsletter abonnieren",
        r"inscrivez-vous à (notre|la) newsletter", r"suscríbete a (nuestro|la) newsletter",
    ),
    "comments": (
        r"\d+\s*(comments?|replies|responses)", r"comments?( \(\d+\))?", r"(leave|post|add|write) a (comment|reply)",
        r"show (all )?comments", r"(be the first to|no comments yet)[\w\s]*", r"discussion",
        r"комментари[йи]( \(\d+\))?", r"kommentare?( \(\d+\))?", r"commentaires?( \(\d+\))?", r"comentarios?( \(\d+\))?",
        # Comment-section headings and controls as text dumps show them.
        r"(\d+|one|two|three) (comments?|responses?|replies|thoughts?) (on|to) .{1,200}", r"reply( to [\w\s]+)?",
        r"(leave|post) a reply( cancel reply)?", r"cancel reply", r"join the (conversation|discussion)",
        r"\d[\d,]* reader comments?",
        # ja, zh, ko: the comment section's heading and its form. A bare "コメント 3" is the counter
        # of a share bar as often, above the story as below it: not a comment section for that alone.
        r"コメント(を書く|を投稿する|一覧)", r"\d+件のコメント",
        r"(发表|發表)(评论|評論|留言)", r"\d+ ?(条|則)(评论|評論|留言)", r"댓글 ?(쓰기|달기)",
    ),
    "share": (
        r"share( this| on| via)?( article| story| post| page)?( on)?( facebook| twitter| x| linkedin| whatsapp| email)?:?",
        r"(share|tweet|pin|email|print)( (it|this))?( for later)?", r"follow us( on [\w\s,]+)?:?",
        r"(facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|email|print|copy link)([\s,|/]+(facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|email|print|copy link))+",
        r"join the facebook group", r"teilen|artikel teilen", r"partager( sur [\w\s]+)?", r"compartir( en [\w\s]+)?",
        r"поделиться", r"share your story",
        # The share bar's "copy link" button, alone on its line.
        r"copy( the)? link", r"link kopieren", r"copier le lien", r"copiar (el )?enlace", r"скопировать ссылку",
        # ja, zh, ko: a share bar's buttons, one per line in a dump.
        r"シェア(する)?", r"ツイート", r"ポスト", r"(はてな)?ブックマーク", r"保存", r"印刷", r"メール(で送る)?", r"リンク(をコピー(する)?)?",
        r"分享(到)?", r"(复制|複製)链接|複製連結", r"링크 ?복사", r"(打印|列印)", r"收藏", r"공유(하기)?", r"인쇄", r"스크랩",
    ),
    "cookie": (
        r"(this|our) (web)?site uses cookies[\w\s,.'’]*", r"we use cookies[\w\s,.'’]*", r"accept( all)? cookies",
        r"cookie (settings|policy|preferences)", r"(manage|reject|accept) (all|cookies|consent)",
        r"we (care about|value|respect) your privacy",  # the consent banner's heading
    ),
    "ad": (
        r"advertisement(:[\w\s]+)?", r"sponsored( content)?", r"(paid )?partner (content|links)", r"promoted",
        r"advertiser disclosure", r"anzeige|werbung", r"publicité", r"publicidad", r"реклама",
        r"広告", r"(广告|廣告)", r"광고",  # ja, zh, ko
    ),
    "navigation": (
        r"home", r"menu", r"search", r"skip to (main )?content", r"table of contents", r"contents", r"back to top",
        r"tags?:?", r"categories:?", r"filed under:?", r"posted in [\w\s,]+", r"\d+[ -]min(ute)?s?( read)?( time)?",
        r"print this page",
        r"(home|news|blog)( [>»/›|] [\w\s&'’-]+)+",
        # The name of the site's section set as a heading above its posts ("Our Blog", "The News").
        r"(our|the) (blog|news)",
        # A search box's label or placeholder, left in the text where the box stood.
        r"search( for| this site| the site)?( ?(\.\.\.|…)|:)?( ?search( button)?)?", r"what are you looking for\??",
        r"no (search )?results( found)?\.?",
        r"(enter search (text|terms?)|start typing to search|type to search)[:.…]*",
        # ja, zh, ko.
        r"(記事|特集)一覧", r"ホーム", r"メニュー", r"検索", r"(ページ|トップ)(の先頭)?へ(戻る)?",
        r"(首页|首頁)", r"(返回|回到)(顶部|頂部)", r"(搜索|搜尋)", r"홈", r"메뉴", r"검색", r"맨 ?위로",
    ),
    "footer": (
        r"(©|copyright|\(c\))(\s*(©|\(c\)))?\s*\d{4}[\w\s,.&-]*(all rights reserved\.?)?", r"all rights reserved\.?",
        r"privacy policy|terms (of (use|service)|& conditions|and conditions)|cookie policy|contact us|about us",
        r"contact (info|information|details)|kontakt(daten)?|coordonnées|información de contacto|контакты",
        # The owner's name behind a bare "©": "© Acme, LLC".
        r"©\s*[\w\s,.&'’-]*",
        r"(privacy policy|terms|contact|about|imprint|impressum|sitemap)([\s|·•,]+(privacy policy|terms[\w\s&]*|contact( us)?|about( us)?|imprint|impressum|sitemap))+",
        # ja, zh, ko; the Korean press's "no reproduction or redistribution" line.
        r"利用規約", r"プライバシーポリシー", r"お問い合わせ", r"会社(概要|案内)",
        r"(隐私|隱私)(政策|权政策|權政策)", r"(关于|關於)(我们|我們)", r"(联系|聯絡|聯繫)(我们|我們)", r"版(权|權)所有.*",
        r"개인정보 ?(처리|취급) ?방침", r"이용 ?약관", r"회사 ?소개", r".{0,40}무단 ?전재.{0,40}금지.{0,10}",
    ),
    "byline": (
        r"(written|posted|reviewed|edited|fact[- ]checked) by:? [\w .,'’-]+",
        # The heading of the writer's biography below a story (an author box, as the HTML path calls it).
        r"about the (author|writer|contributor)s?", r"über (den|die) autor(in)?", r"à propos de l'auteure?",
        r"sobre (el|la) autora?", r"об авторе",
    ),
    # A photo credit left alone in the text: "Photo: Jane Roe", "Image courtesy of Acme", "Credit: AFP".
    "credit": (
        r"(photo(graph)?s?|images?|pictures?|illustrations?|fotos?|bilder?|фото|imagen(es)?)"
        r"( credits?| courtesy( of)?| by| via| source)?\s*[:|–—/]\s*\S.*",
        r"(photo(graph)?s?|images?|pictures?|illustrations?|fotos?|bilder?|imagen(es)?) (courtesy( of)?|by|via) \S.*",
        r"(photo |image |picture )?credits?\s*[:–—]\s*\S.*", r"courtesy of \S.*", r"crédits? photos?\s*:\s*\S.*",
        r"источник фото\s*:\s*\S.*",
    ),
    "widget": (
        r"loader|loading\.*|chats?|close|open|more|show more|load more|click here|×|✕|\.\.\.",
        r"(book|request|schedule) a (demo|quote|call)", r"get started( today| now| for free)?!?", r"(learn|find out) more",
        r"how (was|did you like) this (issue|article|post)\??",
        r"(view|buy|shop|check price) (on|at) amazon", r"see (packages|pricing|plans)", r"pin (it|this|for later)",
        r"もっと(見る|みる)( ?\d+件)?", r"閉じる", r"キャンセル", r"拡大",  # ja
        r"(查看)?更多", r"(关闭|關閉)", r"(展开|展開)", r"더 ?보기", r"닫기",  # zh, ko
    ),
}

# A link to the rest of the story ("Read more"), not the heading of a list of other stories.
LINK_LABEL_RE = re.compile(r"^((read|see|view) more|continue reading|keep reading|weiterlesen|lire la suite|leer más|читать далее)\b")

# Whole sentences that are boilerplate wherever they stand, in blocks of any length up to
# `MAX_SENTENCE_BLOCK_WORDS`: affiliate disclosures, paywall and newsletter prompts.
SENTENCE_PATTERNS: dict[str, tuple[str, ...]] = {
    "comments": (
        r"save my name,? e-?mail,? and website in this browser", r"your e-?mail address will not be published",
        r"required fields are marked",
        # The heading of a comment section that quotes a long headline: "244 thoughts on “Title”".
        r"^(\d[\d,]*|one|two|three) (comment|response|repl|thought)\w* (on|to) [“\"'‘«]",
    ),
    # A comment form's prompts, as blog software prints them below a post: which account the
    # reader comments with, and the e-mail alerts offered. en, de, fr, es, id.
    "login_prompt": (
        r"you are commenting using your [\w.\s-]{1,30} account", r"fill in your details below or click an icon to log in",
        r"notify me of (new|follow-up) (comments|posts) (via|by) e-?mail",
        r"du kommentierst mit (deinem|ihrem) [\w.\s-]{1,30}-?konto", r"benachrichtige mich über (nachfolgende|neue) (kommentare|beiträge)",
        r"vous commentez à l'aide de votre compte", r"(prévenez|avertissez)-moi de tous les nouveaux (commentaires|articles)",
        r"estás comentando usando tu cuenta de", r"(recibir|avísame de) (un email con )?(los siguientes|nuevos) (comentarios|entradas)",
        r"anda (sedang )?(berkomentar|mengomentari|menanggapi) (dengan )?menggunakan akun",
        r"beri tahu saya (komentar|tulisan|pos) baru (melalui|lewat) (e-?mail|surel)",
    ),
    "cookie": (
        r"(we|this (web)?site|our (web)?site) uses? cookies", r"cookies? (is|are) (set|used) (by|to)",
        r"by clicking [“\"']?accept", r"you consent to the use of (all )?(the )?cookies",
    ),
    "ad": (
        r"as an amazon associate,? (i|we) earn from qualifying purchases",
        r"(we|i) may (earn|receive) (a )?(small )?(commission|compensation)",
        r"products are chosen independently by our editors", r"(this post|this article|this page) (may )?contains? affiliate links",
        r"if you (buy|purchase|click) (something )?through (our |my )?(affiliate )?links",
        r"disclosure: as an affiliate", r"is supported by commissions from",
    ),
    "paywall": (
        r"this (article|story|content) is (exclusive|only available|available only) (to|for) [\w\s+]+ subscribers",
        r"to continue reading,? (please )?(subscribe|log ?in|sign in)", r"you('ve| have) reached your (free )?article limit",
    ),
    "newsletter": (
        r"sign up for (our|the) [\w\s&'’+-]*newsletter", r"delivered (straight )?to your inbox",
        r"join [\w\s]+ for free to get updates",
        r"^(subscribe|sign up) (to|for) [^.]{0,60}newsletter",
    ),
    "credit": (r"^(feature[d]?|header|cover|hero|top|lead) (image|photo)s? (by|via|courtesy|credit)",),
    # The regulator's fine print of an adviser's or a lender's site.
    "disclaimer": (
        r"past performance (is|does) not (a )?(guarantee|indicat)", r"past performance is no (guarantee|indicat)",
        r"is a registered investment advis[eo]r", r"investing involves risks?( and|,|\.)",
        r"^all (personal |home |auto |business )?loans (are )?(made|issued|originated) by",
        r"(frühere|vergangene) wertentwicklung(en)? (ist|sind) kein", r"les performances passées ne (préjugent|sont|garantissent)",
        r"(rentabilidades|rendimientos|resultados) pasad[oa]s no (garantizan|son garantía)",
        r"(доходность|результаты) в прошлом не (гарантиру|являю)",
    ),
    # A post's signature line: "Posted by Jane at December 16, 2025 11:15 AM".
    "byline": (
        r"^(posted by|published by|written by) [\w.'’ -]{1,40}? (at|on) [\w,. ]{0,20}\d{4}",
        r"^(veröffentlicht von|geschrieben von|gepostet von) [\w.'’ -]{1,40}? am [\w,. ]{0,20}\d{4}",
        r"^(publié par|écrit par|posté par) [\w.'’ -]{1,40}? le [\w,. ]{0,20}\d{4}",
        r"^(publicado por|escrito por) [\w.'’ -]{1,40}? el [\w,. ]{0,20}\d{4}",
        r"^(опубликовано|автор) [\w.'’ -]{1,40}? \d{1,2} [\w.]+ \d{4}",
    ),
}
MAX_SENTENCE_BLOCK_WORDS = 45

# Short lines that are boilerplate only where a page has several of them: one "Jane says:" may
# lead into a quotation, a column of them heads the comments below an article.
REPEATED_LINE_PATTERNS: dict[str, tuple[str, ...]] = {
    "comments": (r"[^\s:][^:]{0,40} says:",),
}
MIN_REPEATED_LINES = 2
MAX_REPEATED_LINE_WORDS = 8
# A boilerplate sentence cut out of a longer block is no longer than this.
MAX_SENTENCE_WORDS = 40

# A date after "originally published on": an update note of the article itself, not a pointer to
# where the story first ran.
_NOT_A_DATE = (rf"(?!(the )?\d|({month_alternation()}|monday|tuesday|wednesday|thursday|"
               r"friday|saturday|sunday)\b)")
_NETWORKS = (r"(facebook|twitter|x|instagram|linkedin|youtube|tiktok|pinterest|threads|bluesky|mastodon|telegram|"
             r"vk|вконтакте|телеграме?)")

# Calls to action: sentences that ask the reader to do something for the site (follow, sign up,
# donate, book a demo) or say where the story first ran. Like `SENTENCE_PATTERNS` they drop a
# block of up to `MAX_SENTENCE_BLOCK_WORDS` words; in a longer block only the sentence goes.
CALL_TO_ACTION_PATTERNS: dict[str, tuple[str, ...]] = {
    "share": (
        rf"follow (us|me) on {_NETWORKS}", r"help (me|us) spread the word", rf"folgen sie (uns|mir) (auf|bei) {_NETWORKS}",
        # "Follow Example News on Twitter and Facebook for the latest news updates."
        rf"follow [\w.'’&-]+( [\w.'’&-]+){{0,3}} on {_NETWORKS}(,? (and|&) {_NETWORKS})* for (the )?latest\b",
        rf"suivez-(nous|moi) sur {_NETWORKS}", rf"s[ií]gue(nos|me) en {_NETWORKS}",
        rf"(подписывайтесь на нас|следите за нами|присоединяйтесь к нам) (в|во) {_NETWORKS}",
        rf"join (the|our|my) {_NETWORKS} (group|page|community)", rf"(tritt|treten sie) (der|unserer) {_NETWORKS}-gruppe bei",
        rf"rejoignez (le|notre) groupe {_NETWORKS}", rf"únete a(l| nuestro) grupo de {_NETWORKS}",
        rf"вступайте в (нашу )?группу (в|во) {_NETWORKS}",
        # A newsletter's referral prompt: "Love Acme Weekly? Tell your friends and get rewards."
        r"tell your friends and (get|earn) rewards", r"erzähl(e|en sie) (deinen|ihren) freunden davon und (erhalte|erhalten sie)",
        r"parlez-en à vos amis et (obtenez|gagnez)", r"cuéntaselo a tus amigos y (obtén|gana)",
        r"расскажите (о нас )?друзьям и получите",
    ),
    "newsletter": (
        r"sign up (today|now|below|here)\b", r"subscribe to (our|my) [\w\s&'’-]*(newsletter|channel|podcast|mailing list)",
        r"join (our|my) (free )?(mailing list|newsletter)", r"(delivered|sent) (straight |directly )?to your (e-?mail )?inbox",
        r"(abonnieren sie|abonniere) (unseren|unseres|den) [\w-]*newsletter",
        r"melden sie sich (jetzt )?(für|zu) (unseren|unserem|den) [\w-]*newsletter an",
        r"(abonnez-vous|inscrivez-vous) à (notre|la) (newsletter|lettre)",
        r"suscr[ií]b[ae]te a (nuestro|nuestra) (boletín|newsletter)", r"подпишитесь на (наш|нашу) (рассылку|канал)",
        r"^get the latest (news|updates|insights|articles|stories|tips)\b",
        r"to (sign up|subscribe|register|join)\b[^.]{0,120}\bclick here", r"(anmelden|abonnieren)[^.]{0,120}klicken sie hier",
        r"(inscrire|abonner)[^.]{0,120}cliquez ici", r"(suscribirte|suscribirse|registrarte)[^.]{0,120}(haz|haga) clic aquí",
        r"(подписаться|подписки)[^.]{0,120}нажмите (здесь|сюда)",
    ),
    "donation": (
        r"if you (liked|enjoyed|found value in|appreciated) (this|my) (article|post|blog post|piece|story|newsletter|episode)\b",
        r"^(enjoyed|liked|love) this (article|piece|post|story)\?", r"we need your (help|support) to keep",
        r"(consider|make) a (one-off |one-time |small )?donation",
        r"(this|our) (story|article|journalism|work|reporting) is (funded|supported|made possible) by readers",
        r"unterstützen sie (uns|unseren journalismus)", r"soutenez(-nous| notre journalisme)", r"apoya nuestro periodismo",
        r"поддержите (нас|редакцию)",
    ),
    "related": (
        r"^for more (stories|articles|news|updates) like this\b", r"^(für )?mehr (artikel|geschichten|nachrichten) wie diese[nr]?\b",
        r"^pour plus d'(articles|histoires) comme celui-ci", r"^para más (historias|artículos|noticias) como (esta|este)\b",
    ),
    # The newsroom's request for tips below a story: "Got a story? Get in touch with our news team".
    "tip_line": (
        r"^(got|have you got|do you have|have) a (story|news tip|tip|story idea)( for us| to (share|tell))?\?",
        r"^(send|e-?mail) us your (story|stories|news tips?|tips)\b",
        r"^haben sie (einen hinweis|eine geschichte)( für uns)?\?", r"^vous avez une (info|information|histoire)( à nous (raconter|signaler))?\?",
        r"^¿(tienes|tiene) una (historia|noticia|pista)( para nosotros)?\?",
    ),
    "republished": (
        rf"(this|the) (article|story|post|piece) (was |is )?(originally|first) (published|appeared|posted) (on|in|at|by) {_NOT_A_DATE}",
        r"this post first appeared on", r"dieser (artikel|beitrag) erschien (zuerst|ursprünglich)",
        r"this (story|article)( about [^.]{1,80})? was (written by [^.]{1,60} and )?produced by",
        r"cet article a (été )?(initialement|d'abord|originellement) (été )?publié",
        r"este artículo (fue publicado originalmente|se publicó originalmente)", r"материал (впервые )?опубликован",
    ),
    "promo": (
        r"book a (free |personalized |personalised )?demo", r"no credit card required",
        r"(unlock|claim|enjoy|get|save|take) (up to |an extra |an additional )?\d+ ?% off (on )?your\b",
        r"(sichern sie sich|sparen sie|erhalten sie) (bis zu )?\d+ ?% (rabatt )?auf (ihr|ihre|ihren)\b",
        r"(profitez de|obtenez) (jusqu'à )?-?\d+ ?% (de réduction )?sur (votre|vos)\b",
        r"(obtén|ahorra|consigue) (hasta )?(un )?\d+ ?% (de descuento )?en tu\b", r"получите скидку (до )?\d+ ?% на",
        r"(talk to|talk with|speak to|speak with) our [\w\s&-]{0,40}(expert|specialist|advisor|consultant)s?\b",
        r"sprechen sie mit (einem )?unsere[nm]? [\w\s-]{0,40}(experten|beratern?|spezialisten)",
        r"parlez(-en)? (à|avec) (l'un de )?nos [\w\s-]{0,40}(experts|conseillers|spécialistes)",
        r"habl[ae] con (uno de )?nuestros [\w\s-]{0,40}(expertos|asesores|especialistas)",
        r"(свяжитесь|поговорите) с нашими [\w\s-]{0,40}(экспертами|специалистами|консультантами)",
        r"request a (free )?quote (here|today|now|online)\b", r"fordern sie (jetzt )?ihr (kostenloses )?angebot an",
        r"demandez (votre|un) devis (gratuit|ici|en ligne|dès maintenant)", r"solicite? (tu|su|un) presupuesto (gratis|aquí|ahora)",
        r"запросите (коммерческое предложение|расч[её]т) (здесь|сейчас|онлайн)",
        r"(start|begin) (your|a) (\d+-day )?free trial", r"[$€£]\d+ (in )?free credits?", r"(starten sie|beginnen sie) (ihre|eine) kostenlose testphase",
        r"(commencez|démarrez) (votre|un) essai gratuit", r"(comienza|empieza|inicia) tu prueba gratuita",
        r"(начните|оформите) бесплатный пробный период",
    ),
    "navigation": (
        r"^jump to (the )?(list|recipe|review)\b", r"^skip to (the )?(list|recipe|review|main content)\b", r"^(zum rezept springen|springe zum rezept)",
        r"^(aller|passer) à la recette", r"^(ir|saltar) a la receta", r"^перейти к рецепту",
    ),
    "comments": (r"share your thoughts by leaving a comment", r"take a moment to leave a (star )?rating"),
    # The fine print and the status messages of a sign-up or contact form.
    "form": (
        r"by (entering|submitting|providing) your (e-?mail|information|details|phone|contact)",
        r"by (signing up|subscribing|clicking|submitting)[^.]{0,60}(you agree|you consent|you acknowledge)",
        r"you agree to (our|the) (terms|privacy)", r"terms of submitting this form", r"(message|msg) (and|&) data rates may apply",
        r"you can unsubscribe at any time", r"thank you! your submission has been received",
        r"oops! something went wrong while submitting the form", r"your e-?mail has been sent",
        r"mit (der|ihrer) anmeldung (stimmen sie|akzeptieren sie)", r"en (vous inscrivant|soumettant ce formulaire), vous acceptez",
        r"al (suscribirte|registrarte|enviar este formulario),? (aceptas|acepta)", r"нажимая (на )?кнопку[^.]{0,40}(вы )?(соглашаетесь|даёте согласие|даете согласие)",
    ),
}

# Page furniture above the story: a date, a byline, a reading time or a view count alone on its
# line. Matched only among the first blocks of the body (`leading_kind`): further down, a date alone
# heads a timeline entry and "By audience" a section.
_MONTH = rf"({month_alternation()})\.?"
_DAY = r"\d{1,2}(st|nd|rd|th)?"
_DATE = (rf"({_MONTH} {_DAY},? \d{{4}}|{_DAY}\.? (of |de )?{_MONTH},?( de)? \d{{4}}|{_MONTH} {_DAY}|\d{{4}}-\d{{2}}-\d{{2}}|"
         r"\d{1,2}[./]\d{1,2}[./]\d{2,4})( (at|um|à|a las|в) \d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?)?")
# Japanese, Chinese and Korean dates, and how long ago, as feeds and teaser lists date their items:
# "2025年1月13日 21:17", "1時間前", "3天前", "5시간 전".
_CJK_DATE = (r"\d{4}年\d{1,2}月\d{1,2}日( ?[(（]\w[)）])?( ?\d{1,2}:\d{2})?|\d{4}\.\d{1,2}\.\d{1,2}( ?\d{1,2}:\d{2})?|"
             r"\d+ ?(秒|分|時間|日|週間|か月|カ月|ヶ月|年)前|\d+ ?(秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前|"
             r"\d+ ?(초|분|시간|일|주|개월|년) ?전")
_DATE_LABEL = (r"(last )?(updated|published|posted|modified|reviewed|aktualisiert|veröffentlicht|publié|mis à jour|"
               r"actualizado|publicado|обновлено|опубликовано)( on| am| le| el)?:?")
_READING_TIME = (r"(\d+|one|two|three|four|five)[ -]?(min(ute)?s?\.?)( read(ing)?)?( time)?|(estimated )?reading time:?"
                 r"( \d+ min(ute)?s?)?|lesezeit:? \d+ min(uten)?|temps de lecture:? \d+ min(utes)?|"
                 r"(tiempo de lectura:? )?\d+ min(utos)?( de lectura)?|время (чтения|прочтения):? \d+ мин(ут[ы]?)?")
LEADING_PATTERNS: dict[str, tuple[str, ...]] = {
    "dateline": (rf"({_DATE_LABEL} )?{_DATE}", _DATE_LABEL, rf"({_DATE_LABEL} )?{_DATE} ?[•|·-] ?({_READING_TIME})",
                 _CJK_DATE),
    "reading_time": (_READING_TIME, r"[\d,.]+k? (views|reads|aufrufe|vues|vistas|просмотр(а|ов)?)"),
    "byline": (r"(by|von|par|por|автор:?) [\w.'’-]+( [\w.'’-]+){0,3}( ?[—–|-] ?.*)?", r"(written|posted|published) (by|on):?"),
}

# HTML class/id tokens naming boilerplate containers. A token matches a whole word of the attribute,
# or a run of whole words for a hyphenated token ("related-posts" has "related", "read-more-link"
# has "read-more"), never a substring; camelCase counts as words ("StyledCTA" has "cta").
ELEMENT_TOKENS: dict[str, tuple[str, ...]] = {
    "related": ("related", "recommended", "recommendations", "more-stories", "read-more", "readmore",
                "you-may-like", "outbrain", "taboola", "also-read", "excerpt", "post-list"),
    "share": ("share", "sharing", "social-share", "sharebar", "share-bar", "social-links", "addthis", "sharethis"),
    "comments": ("comments", "comment-list", "disqus", "respond", "comment-form"),
    "newsletter": ("newsletter", "signup", "sign-up", "mailing-list", "subscribe-form", "optin", "opt-in"),
    "subscribe": ("subscribe", "subscription", "paywall", "piano"),
    "cookie": ("cookie", "cookies", "consent", "gdpr"),
    "ad": ("advert", "advertisement", "ads", "ad-slot", "adslot", "sponsored", "dfp", "gpt-ad", "affiliate",
           "disclosure"),
    "promo": ("cta", "call-to-action", "promo", "promo-bar"),
    "navigation": ("breadcrumb", "breadcrumbs", "post-navigation", "prevnext", "prev-next"),
    "newsfeed": ("newsfeed", "news-feed", "ticker", "latest-news", "most-read", "trending"),
    "site_header": ("masthead", "site-header", "topbar"),
    "byline": ("author-bio", "author-box", "about-author", "about-the-author", "author-info", "author-card",
               "author-details", "author-description", "post-author", "author-profile", "bylines", "author"),
    "footer": ("site-footer", "footer"),
    "disclaimer": ("disclaimer",),
    "references": ("footnotes", "citation", "citations"),
}
# Class/id tokens of the site's logo or name in its header: a heading carrying one (or inside an
# element that does, just above it) names the site, not the story. Matched like `ELEMENT_TOKENS`.
SITE_LOGO_TOKENS = ("logo", "site-logo", "brand", "branding", "site-branding", "navbar-brand", "site-title",
                    "sitetitle", "site-name", "sitename")
BOILERPLATE_ROLES = {"navigation": "navigation", "banner": "site_header", "contentinfo": "footer",
                     "complementary": "related", "search": "navigation"}


def _compile(table: dict[str, tuple[str, ...]], whole: bool) -> list[tuple[str, re.Pattern]]:
    # Patterns are written in lower case and run on lower-cased text: case-sensitive matching
    # costs half of re.IGNORECASE, and the text path asks about every line of a page.
    wrap = (lambda alt: rf"^(?:{alt})[\s.!:?…]*$") if whole else (lambda alt: alt)
    # The table is most of the package's compile time: cached per machine (patterns.py).
    regexes = compile_patterns(["|".join(wrap(alt) for alt in alts) for alts in table.values()])
    return list(zip(table, regexes, strict=True))


BLOCK_RES = _compile(BLOCK_PATTERNS, whole=True)
LEADING_RES = _compile(LEADING_PATTERNS, whole=True)
REPEATED_LINE_RES = _compile(REPEATED_LINE_PATTERNS, whole=True)
SENTENCE_RES = _compile(SENTENCE_PATTERNS, whole=False) + _compile(CALL_TO_ACTION_PATTERNS, whole=False)
# Every sentence of every paragraph is asked about each kind: a plain substring test of the texts a
# kind's matches must contain clears most prose before its regular expression runs (triggers.py).
SENTENCE_TRIGGERS = table_triggers(SENTENCE_PATTERNS) + table_triggers(CALL_TO_ACTION_PATTERNS)
SENTENCE_CHECKS = tuple((kind, regex, triggers)
                        for (kind, regex), triggers in zip(SENTENCE_RES, SENTENCE_TRIGGERS, strict=True))


SENTENCE_TRIGGER_INDEX = TriggerIndex.build(SENTENCE_TRIGGERS)
# Where a sentence ends inside a block: its stop (and closing quotes), before the next one's capital.
SENTENCE_END_RE = re.compile(r"[.!?…⤵↓👇][\"'”’)\]]*(?=\s+[\"“'(\[]?[A-ZÀ-ÞА-ЯЁ0-9])")
CLASS_PART_RE = re.compile(r"[-_]+")
# Where camelCase starts a word: "advertiserDisclosure", "StyledCTA-sc", "CTABox".
CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# The longest token (in words) of `ELEMENT_TOKENS`.
MAX_TOKEN_WORDS = 3


def boilerplate_kind(block: str) -> str | None:
    """The kind of boilerplate a text block is, or None for article text."""
    folded = " ".join(block.lower().split())
    return _folded_kind(folded, SENTENCE_TRIGGER_INDEX.kinds_in)


def folded_kinds(folded_blocks: list[str]) -> list[str | None]:
    """`boilerplate_kind` of each of many blocks (the lines of a text dump) already folded (lower
    case, single spaces), the sentence triggers looked for in all of them at once."""
    candidates = dict(zip(folded_blocks, SENTENCE_TRIGGER_INDEX.kinds_in_each(folded_blocks), strict=True))
    return [_folded_kind(folded, candidates.__getitem__) for folded in folded_blocks]


def _folded_kind(folded: str, sentence_candidates) -> str | None:
    words = folded.count(" ") + 1
    if words <= MAX_PATTERN_WORDS:
        for kind, regex in BLOCK_RES:
            if regex.match(folded):
                return kind
    if words <= MAX_SENTENCE_BLOCK_WORDS:
        return sentence_kind(folded, sentence_candidates(folded))
    return None


def repeated_line_kind(block: str) -> str | None:
    """The kind of boilerplate a short line is when the page has `MIN_REPEATED_LINES` like it."""
    folded = " ".join(block.lower().split())
    if folded.count(" ") + 1 > MAX_REPEATED_LINE_WORDS:
        return None
    return next((kind for kind, regex in REPEATED_LINE_RES if regex.match(folded)), None)


def leading_kind(block: str) -> str | None:
    """The kind of page furniture a block standing above the story is (a date, a byline), or None."""
    folded = " ".join(block.lower().split())
    if folded.count(" ") + 1 > MAX_PATTERN_WORDS:
        return None
    return next((kind for kind, regex in LEADING_RES if regex.match(folded)), None)


def boilerplate_sentences(block: str) -> list[tuple[str, str]]:
    """(kind, sentence) for each sentence of a block that is a prompt or a disclosure on its own.

    For blocks too long for `boilerplate_kind`: a call to action glued to the end of a paragraph."""
    found = []
    for sentence in split_sentences(block):
        if len(sentence.split()) > MAX_SENTENCE_WORDS:
            continue  # text glued without stops, not one sentence: cutting it would cut prose
        kind = sentence_kind(" ".join(sentence.lower().split()))
        if kind:
            found.append((kind, sentence))
    return found


def split_sentences(text: str) -> list[str]:
    sentences, start = [], 0
    for end in SENTENCE_END_RE.finditer(text):
        sentences.append(text[start:end.end()].strip())
        start = end.end()
    sentences.append(text[start:].strip())
    return [sentence for sentence in sentences if sentence]


def sentence_kind(folded: str, candidates: AbstractSet[int] | None = None) -> str | None:
    """The kind of the first sentence pattern the text matches, among the `candidates` (indices into
    `SENTENCE_CHECKS`, by default those whose triggers the text holds)."""
    candidates = SENTENCE_TRIGGER_INDEX.kinds_in(folded) if candidates is None else candidates
    for index in sorted(candidates):
        kind, regex, _ = SENTENCE_CHECKS[index]
        if regex.search(folded):
            return kind
    return None


# A page repeats the same few class names hundreds of times, and the pruning stage asks about
# every container: remembering the answers makes the stage several times cheaper.
@functools.lru_cache(maxsize=8192)
def element_kind(class_and_id: str, role: str | None = None) -> str | None:
    """The kind of boilerplate container an element's class/id/role names, or None."""
    if role and role.lower() in BOILERPLATE_ROLES:
        return BOILERPLATE_ROLES[role.lower()]
    found = [index for name in class_and_id.split() if (index := _name_kind_index(name)) is not None]
    return ELEMENT_KINDS[min(found)] if found else None


# The kinds in `ELEMENT_TOKENS` order (the first one an element's tokens name wins), and each
# token's first kind: a lookup per token instead of a set intersection per kind.
ELEMENT_KINDS = tuple(ELEMENT_TOKENS)


def _first_kind_of_each_token(tokens_by_kind: dict[str, tuple[str, ...]]) -> dict[str, int]:
    first: dict[str, int] = {}
    for index, names in enumerate(tokens_by_kind.values()):
        for name in names:
            first.setdefault(name, index)
    return first


TOKEN_KIND_INDEX = _first_kind_of_each_token(ELEMENT_TOKENS)


@functools.lru_cache(maxsize=16384)
def _name_kind_index(name: str) -> int | None:
    """The first kind one class/id name names: names recur across the elements of a page, where
    whole class attributes often do not."""
    return min((TOKEN_KIND_INDEX[token] for token in _name_tokens(name) if token in TOKEN_KIND_INDEX), default=None)


def is_site_logo(class_and_id: str) -> bool:
    """True when an element's class/id names the site's logo or name ("site-title", "navbar-brand")."""
    return not _class_tokens(class_and_id).isdisjoint(SITE_LOGO_TOKENS)


def _class_tokens(class_and_id: str) -> set[str]:
    """Each class/id name, its words and its runs of words: "related-posts" gives "related",
    "read-more-link" gives "read-more", "StyledCTA" gives "cta"."""
    tokens = set()
    for name in class_and_id.split():
        tokens.update(_name_tokens(name))
    return tokens


@functools.lru_cache(maxsize=16384)
def _name_tokens(name: str) -> frozenset[str]:
    """One class/id name's tokens; names recur across pages of one site and across sites.

    The author's hyphens join words into runs ("read-more"); camelCase gives single words only
    ("StyledCTA" has "cta", but "postList", an article's own list, is no "post-list")."""
    parts = [part for part in CLASS_PART_RE.split(name.lower()) if part]
    camel_words = CLASS_PART_RE.split(CAMEL_RE.sub("-", name).lower())
    return frozenset({name.lower(), *_word_runs(parts), *(word for word in camel_words if word)})


def _word_runs(words: list[str]) -> set[str]:
    """Each word of a class name and each run of up to `MAX_TOKEN_WORDS` words, hyphen-joined."""
    words = [word for word in words if word]
    return {"-".join(words[start:start + size]) for size in range(1, MAX_TOKEN_WORDS + 1)
            for start in range(len(words) - size + 1)}
