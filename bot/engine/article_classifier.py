"""A text classifier from a message to the article that answers it: a third signal for the
hybrid search, next to meaning (dense) and shared words (BM25).

It is trained on each article's own metadata (title, summary, tags, `questions`) and on its
`asked` list: messages written the way staff type them (informal, typos, Flemish, long
stories). Character n-grams read misspellings and Dutch compounds that neither the stemmer
nor the English-centric embedding model reads; the weights learn which words tell the
articles apart instead of treating every shared word alike. Both languages train one model
(an article's id is its class), so a message that mixes the languages is read as a whole.

Why a classifier and not more indexed text (measured at stop 28 on the six sets and both
kinds files, bundled model): the same 1,220 `asked` messages added to the articles' word
index cost first-ranked answers on dev 2 (0.809 -> 0.735), and as dense units alone they
moved nothing; as a classifier fused at `CLASSIFIER_SHARE` they ranked the right article
first more often on dev 2-5 and the blind set, as often on dev (docs/answer-quality.md).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import warnings
from collections.abc import Iterable
from pathlib import Path

import joblib
import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from bot.content.articles import Article
from bot.engine.negated_words import PATTERNS as NEGATIONS
from bot.engine.negated_words import unnegated
from bot.engine.opening_words import OPENING, without_opening

log = logging.getLogger(__name__)
CLASSIFIER_FORMAT = "6"  # bump when the features or the model change
REGULARISATION_C = 10.0  # the logistic regression's C (inverse regularisation); see ArticleClassifier


# How staff close a message whatever it is about ("wat moet ik doen", "any tips?"). Such a
# frame says nothing of the article, but the `asked` messages use them unevenly ("wat moet
# ik doen" stood four times in one article's), so the classifier learnt them as that
# article's words and read "klant is heel boos wat moet ik doen" as another article.
# Both the training texts and the messages are read without them (`without_frame`).
# "wat zeg ik tegen hem" and "what should i say to her" too (stop 31; not "wat zeg ik als
# eerste", which asks for an opening line): the saying-no article's `asked` messages end in
# them more than others, so "een gast klaagt dat zijn hotelkamer niet schoon was, wat zeg ik
# tegen hem" was read as saying no.
_TO_SOMEONE = r"\s+(?:tegen|to)\s+(?:hem|haar|hen|ze|die|him|her|them)\b"
QUESTION_FRAME = re.compile(
    r"\b(?:wat\s+(?:moet|kan|zou)\s+ik\s+(?:nu\s+|dan\s+|daar\s+|hier\s+)?(?:best\s+)?(?:mee\s+)?doen"
    r"|wat\s+(?:zeg\s+ik|moet\s+ik\s+(?:dan\s+|nu\s+)?zeggen|kan\s+ik\s+(?:dan\s+|nu\s+)?zeggen)"
    r"(?:\s+dan|\s+nu|\s+best)?"
    + _TO_SOMEONE
    + r"|what\s+(?:should|do|can|shall)\s+i\s+say"
    + _TO_SOMEONE
    + r"|wat\s+doe\s+ik(?:\s+nu|\s+dan|\s+daar\s+mee|\s+ermee)?|wat\s+nu"
    r"|(?:iemand\s+)?(?:tips|advies)(?:\s+(?:aub|pls|please))?"
    r"|what\s+(?:should|do|can|shall|would)\s+i\s+do(?:\s+now|\s+then|\s+about\s+(?:it|this|that))?"
    r"|what\s+now|any\s+(?:tips|advice|ideas)|(?:tips|advice)\s+(?:please|pls))\b[?!.]*",
    re.IGNORECASE,
)


def without_frame(text: str) -> str:
    """`text` without its question frames (QUESTION_FRAME); the text itself when nothing else
    would be left ("wat moet ik doen?" alone)."""
    stripped = " ".join(QUESTION_FRAME.sub(" ", text).split())
    return stripped if re.search(r"\w", stripped) else text


def training_texts(article: Article) -> list[str]:
    """The texts an article is learnt from: title, summary, its tags as one line, its
    `questions` and its `asked` messages (empty ones left out), each read as a search reads
    a message: without an opening that names no topic ("even een vraagje", opening_words.py)
    and with a negated word of contentment read as its opposite ("niet blij" -> "ontevreden",
    negated_words.py)."""
    texts = [article.title, article.summary, " ".join(article.tags), *article.questions, *article.asked]
    return [unnegated(without_opening(t), article.lang) for t in texts if t.strip()]


class ArticleClassifier:
    """Message -> share of belief per article id, scaled so the most likely article is 1.0.

    Fitted from scratch in 30-35 s on 2 idle cores for the bundled knowledge (61 articles in
    two languages, ~4,500 texts; stop 33), once per content version: the index keeps it with
    its vectors (bot/engine/index.py); a live edit refits from the served classifier in about
    a second (warm_start_weights). A query takes ~1 ms."""

    def __init__(self, articles: Iterable[Article], previous: ArticleClassifier | None = None) -> None:
        """Fit on `articles`. `previous`: the classifier fitted on the last version of the
        content (live publishing passes the one it serves); the fit starts from its weights,
        so an edit converges at once and a new article in ~2/3 of a fit from scratch, to the
        same tolerance (warm_start_weights)."""
        texts: list[str] = []
        labels: list[str] = []
        for article in articles:
            own = training_texts(article)
            texts += own
            labels += [article.id] * len(own)
        if len(set(labels)) < 2:
            raise ValueError("an article classifier needs at least two articles")
        self._features = FeatureUnion(
            [
                (
                    "chars",
                    TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
                ),
                (
                    "words",
                    TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=2),
                ),
            ]
        )
        matrix = self._features.fit_transform([without_frame(t) for t in texts]).astype(np.float32)
        # A converged logistic regression: an edit to one article moves the others' answers
        # only as far as the data says. Stochastic gradient descent (a second to fit) moved
        # the first article of 47 of 1,057 test messages when three messages were added to
        # one article; this moved 1. It must converge: at tol 1e-3 (stop 28; 19 iterations)
        # the same edit moved 14 of 778 dev messages once the articles had 40 `asked` each,
        # at 1e-5 none (stop 29). float32 and words seen twice or more halve the fit time
        # (~20 s on 2 cores); C 10 and 30 ranked within 2 of 673 messages.
        self._model = LogisticRegression(C=REGULARISATION_C, tol=1e-5, max_iter=1000)
        start = warm_start_weights(previous, self._features.get_feature_names_out(), sorted(set(labels)))
        if start is not None:
            self._model.set_params(warm_start=True)
            self._model.coef_, self._model.intercept_ = start
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)  # reported as `converged`
            self._model.fit(matrix, labels)
        self._model.set_params(warm_start=False)
        self.classes: tuple[str, ...] = tuple(str(c) for c in self._model.classes_)
        # False: the fit stopped at max_iter, and small edits may move unrelated answers
        self.converged: bool = int(np.max(self._model.n_iter_)) < self._model.max_iter
        if not self.converged:
            log.warning("the article classifier did not converge in %d iterations", self._model.max_iter)

    def scores(self, text: str) -> dict[str, float]:
        """article id -> probability / highest probability, in [0, 1] (the best is 1.0)."""
        return self.read(text)[0]

    def read(self, text: str) -> tuple[dict[str, float], float]:
        """(`scores(text)`, certainty): the certainty is the highest probability itself, in
        (0, 1]; about 1 / number of articles when the classifier cannot tell them apart. The
        decision reads it (bot/engine/decision.py, `classifier_certainty`)."""
        probabilities = self._model.predict_proba(self._features.transform([without_frame(text)]))[0]
        top = float(np.max(probabilities)) or 1.0
        return {aid: float(p) / top for aid, p in zip(self.classes, probabilities, strict=True)}, top


def warm_start_weights(
    previous: ArticleClassifier | None, features: np.ndarray, classes: list[str]
) -> tuple[np.ndarray, np.ndarray] | None:
    """Starting weights for a fit on `features` (feature names) and `classes` (sorted article
    ids), taken from `previous` by feature name and article id: (coef, intercept) of shapes
    (classes, features) and (classes,). A feature or article it does not know starts at 0
    (an article's intercept at the mean). None without a usable previous classifier, or for
    two classes (a binary model has one row, not one per class).

    Measured on the bundled content (stop 33, 2 cores): from scratch 30-35 s (73 iterations);
    one summary edited 0.3 s (already within tolerance); a new article with 40 `asked`
    messages 20 s (48 iterations); first article of 548 dev messages: 1 differs from a fit
    from scratch, probabilities within 0.016."""
    if previous is None or len(classes) < 3 or len(previous.classes) < 3:
        return None
    try:
        known = {name: i for i, name in enumerate(previous._features.get_feature_names_out())}
        old_coef, old_intercept = previous._model.coef_, previous._model.intercept_
    except (AttributeError, ValueError):  # not fitted, or from another scikit-learn
        return None
    if old_coef.shape[0] != len(previous.classes):
        return None
    source = np.fromiter((known.get(name, -1) for name in features), dtype=np.int64, count=len(features))
    have = source >= 0
    rows = {aid: i for i, aid in enumerate(previous.classes)}
    coef = np.zeros((len(classes), len(features)), dtype=np.float64)
    intercept = np.full(len(classes), float(np.mean(old_intercept)))
    for k, aid in enumerate(classes):
        if aid in rows:
            coef[k, have] = old_coef[rows[aid], source[have]]
            intercept[k] = old_intercept[rows[aid]]
    return coef, intercept


def fit_classifier(
    articles: Iterable[Article], previous: ArticleClassifier | None = None
) -> ArticleClassifier | None:
    """The classifier for these articles, or None when fewer than two distinct articles.
    `previous`: see ArticleClassifier."""
    articles = list(articles)
    if len({a.id for a in articles}) < 2:
        return None
    return ArticleClassifier(articles, previous)


def cache_name() -> str:
    """File name of a saved classifier: its format, a short hash of the question frames it
    was fitted without (QUESTION_FRAME: a changed frame means a refit, stop 31) and of the
    openings and negations it reads (opening_words, negated_words; stop 46), and
    scikit-learn's version (a model saved by another version is fitted again rather than
    trusted)."""
    read = (QUESTION_FRAME.pattern, OPENING.pattern, *NEGATIONS)
    frames = hashlib.sha256("|".join(read).encode()).hexdigest()[:8]
    return f"classifier-{CLASSIFIER_FORMAT}-{frames}-sklearn{sklearn.__version__}.joblib"


def load_or_fit(
    folder: Path, articles: list[Article], previous: ArticleClassifier | None = None
) -> ArticleClassifier | None:
    """The classifier saved in `folder` (an index folder, keyed by the articles' content),
    else fitted now and saved there (atomically; a folder that cannot be written only costs
    the next start the fit again)."""
    path = folder / cache_name()
    if path.exists():
        try:
            loaded = joblib.load(path)
            if isinstance(loaded, ArticleClassifier):
                return loaded
        except Exception as exc:  # a damaged or foreign file: fit again
            log.warning("article classifier %s unreadable (%s): fitting it again", path, exc)
    classifier = fit_classifier(articles, previous)
    if classifier is not None and folder.is_dir():
        tmp = folder / f".{path.name}.{os.getpid()}.tmp"
        try:
            joblib.dump(classifier, tmp)
            os.replace(tmp, path)
        except OSError as exc:
            log.warning("could not save the article classifier in %s: %s", folder, exc)
            tmp.unlink(missing_ok=True)
    return classifier
