"""Common Arabic (and English) site-furniture phrases, written down once.

These are the phrases Arabic news sites print around an article: share/print/comment widgets,
greeting banners, "read also" and "related news" blocks, source credits, copyright lines and photo
credits.  They were collected from how Arabic news pages are commonly laid out (WordPress news
themes, the Gulf/Egyptian/Levantine portals), not from any one article.  The patterns run on
*normalised* text (``marsad.text.normalize``: alef/yaa/taa-marbuta folded, no diacritics,
lower-case Latin), so one spelling covers its variants.

The learned half of furniture detection (lines that repeat across many articles of one outlet) is
in :mod:`marsad.clean.furniture`; these lists catch what a single article already shows.
"""

from __future__ import annotations

import re

# A whole line made only of widget words and counters: "0 تعليق ارسل طباعة", "شارك | تويتر".
WIDGET_WORDS = [
    "تعليق",
    "تعليقات",
    "التعليقات",
    "علق",
    "اضف",
    "اضافه",
    "ارسل",
    "ارسال",
    "طباعه",
    "اطبع",
    "مشاركه",
    "شارك",
    "شاركها",
    "شاركوا",
    "المشاركات",
    "مشاهده",
    "مشاهدات",
    "قراءه",
    "قراءات",
    "اعجاب",
    "نسخ",
    "الرابط",
    "رابط",
    "مختصر",
    "حفظ",
    "المفضله",
    "تويتر",
    "فيسبوك",
    "فيس",
    "بوك",
    "واتساب",
    "واتس",
    "اب",
    "تلغرام",
    "تيليجرام",
    "لينكدان",
    "انستغرام",
    "انستجرام",
    "يوتيوب",
    "بريد",
    "الكتروني",
    "ايميل",
    "البريد",
    "تكبير",
    "تصغير",
    "الخط",
    "حجم",
    "share",
    "tweet",
    "print",
    "email",
    "comment",
    "comments",
    "whatsapp",
    "facebook",
    "twitter",
    "telegram",
    "linkedin",
    "copy",
    "link",
    "views",
]
_WIDGET_LINE = re.compile(
    r"^(?:[\d,.]+|[|/•·:\-–—_+]|"
    + "|".join(re.escape(w) for w in WIDGET_WORDS)
    + r")(?:\s+(?:[\d,.]+|[|/•·:\-–—_+]|"
    + "|".join(re.escape(w) for w in WIDGET_WORDS)
    + r"))*$"
)

# Lines that are furniture whatever follows them on the line.
FURNITURE_LINE_PATTERNS = [
    r"^نقدم لكم (?:زوارنا|متابعينا|قراءنا)",  # greeting banner of aggregator sites
    r"^(?:زوارنا|متابعينا|قراءنا) الكرام",
    r"^(?:مرحبا بكم|اهلا بكم) (?:في|على) (?:موقع|بوابه)",
    r"^(?:المصدر|مصدر الخبر)\s*:\s*(?:موقع|بوابه|صحيفه|جريده)\s",  # "المصدر: موقع جورنالك الإخباري"
    r"^(?:جميع|كل) الحقوق محفوظه",
    r"^حقوق (?:النشر|الطبع)",
    r"^©",
    r"^copyright",
    r"^(?:تابعونا|تابعوا|تابعنا) (?:على|عبر)",
    r"^(?:اشترك|اشتركوا|للاشتراك) (?:في|ب)",
    r"^(?:حمل|حملوا|لتحميل) (?:تطبيق|التطبيق)",
    r"^(?:اضغط|انقر) هنا",
    r"^للمزيد من (?:الاخبار|التفاصيل)",
    r"^(?:الرابط المختصر|رابط مختصر|رابط الخبر)\s*:?",
    r"^(?:كلمات (?:مفتاحيه|دلاليه)|الوسوم|وسوم|tags)\s*:",
    r"^(?:ترند|الاكثر قراءه|الاكثر مشاهده|الاكثر تداولا)$",
    r"^(?:اعلان|advertisement|sponsored)$",
    r"^(?:الصفحه الرئيسيه|الرئيسيه)\s*[»>/]",  # breadcrumbs
]
FURNITURE_LINE = re.compile("|".join(FURNITURE_LINE_PATTERNS))

# Markers that open a block of links to other articles; the short lines after them go too.
RELATED_MARKERS = re.compile(
    r"^(?:اقرا ايضا|اقرا ايضا|اقرا المزيد|اقرا كذلك|شاهد ايضا|شاهد كذلك|اخبار ذات صله|مواضيع ذات صله|"
    r"مقالات ذات صله|اخترنا لك|اخترنا لكم|قد يهمك ايضا|قد يهمك|ننصحك بقراءه|المزيد من الاخبار|"
    r"اخبار متعلقه|موضوعات متعلقه|related articles|related news|read more|read also|see also)\s*[:.…]*\s*"
)

# Section labels and desk bylines printed between a headline and the dateline.
SECTION_WORDS = set(
    [
        "اخبار",
        "تقارير",
        "تقرير",
        "قسم",
        "الاخبار",
        "الاخبار",
        "سياسه",
        "السياسه",
        "اقتصاد",
        "الاقتصاد",
        "رياضه",
        "الرياضه",
        "منوعات",
        "ثقافه",
        "فن",
        "فنون",
        "تكنولوجيا",
        "صحه",
        "مقالات",
        "راي",
        "الراي",
        "دولي",
        "دوليه",
        "عربي",
        "عربيه",
        "العالم",
        "محليات",
        "محلي",
        "عاجل",
        "حوادث",
        "المحرر",
        "محرر",
        "التحرير",
        "فريق",
        "وكالات",
        "متابعات",
        "مصر",
        "الخليج",
        "الشرق",
        "الاوسط",
        "شؤون",
        "تحليلات",
        "حوارات",
        "تحقيقات",
        "news",
        "reports",
        "world",
        "politics",
        "desk",
        "staff",
    ]
)

# Photo-credit tokens: a short line that carries one of these is an image caption.
PHOTO_CREDIT = re.compile(
    r"(?:\(|^|\s|-|–|/)(?:ا ف ب|ا\.ف\.ب|رويترز|غيتي|جيتي|ارشيفيه|ارشيف|صوره ارشيفيه|الصوره|صوره|"
    r"مواقع التواصل|afp|reuters|getty(?: images)?|epa|ap photo|anadolu|الاناضول)\s*(?:\)|$|/)",
)
# "حساب الرئاسة السورية على إكس" — an image credited to a social-media account.
SOCIAL_CREDIT = re.compile(
    r"^حساب .{2,60}? (?:علي|عبر) (?:اكس|x|تويتر|فيسبوك|فيس بوك|انستغرام|انستجرام|تلغرام|تليجرام)"
)

# An embedded tweet's signature line: "— Name (@handle) December 8, 2024".
TWEET_SIGNATURE = re.compile(r"^[—–-]\s*(?P<name>.+?)\s*\(@(?P<handle>\w{1,30})\)\s*(?P<date>.+\d{4})\s*$")
SOCIAL_LINK = re.compile(
    r"pic\.twitter\.com/\w+|https?://t\.co/\w+|instagram\.com/p/|twitter\.com/\w+/status/|x\.com/\w+/status/"
)
