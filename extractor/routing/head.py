"""What the router learns over sentence vectors, at registration, in seconds.

    examples' vectors (+ each description as one more example)
      -> multinomial logistic regression (C chosen for log-loss, not accuracy)
      +  a prototype term: scaled cosine to each category's mean example
      -> logits / T, T fitted on out-of-fold logits of the given examples
      -> calibrated probabilities

Everything here is numbers in, numbers out (numpy); the text side is `router.py`.
The levers `routing_bench.py` measures are the fields of `HeadConfig`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np


@dataclass(frozen=True)
class HeadConfig:
    C: float = 10.0  # inverse L2 strength; C=10 beat 100 on CLINC150 dev once T-scaled
    proto: float = 0.0  # weight of the prototype logits (cosine x `proto_scale`)
    proto_scale: float = 20.0
    descriptions: bool = True  # each category's description as one more example
    augment: int = 0  # synthetic vectors per example: mixed with a same-class neighbour
    folds: int = 5  # for the temperature (out-of-fold logits of the given examples)
    calibrate: bool = True
    seed: int = 0


def _fit_lr(
    x: np.ndarray, y: np.ndarray, n_classes: int, c: float
) -> tuple[np.ndarray, np.ndarray]:
    """Weights (K x D) and bias (K) of a multinomial LR; classes absent from `y` get a
    very low bias so they are never predicted by this fold's model."""
    from sklearn.linear_model import LogisticRegression

    present = np.unique(y)
    w = np.zeros((n_classes, x.shape[1]), dtype=np.float32)
    b = np.full(n_classes, -1e4, dtype=np.float32)
    if len(present) == 1:
        b[present[0]] = 0.0
        return w, b
    lr = LogisticRegression(C=c, max_iter=300, tol=1e-3)
    lr.fit(x, y)
    coef, inter = lr.coef_, lr.intercept_
    if len(present) == 2:  # sklearn's binary form: one row for the second class
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        inter = np.array([-inter[0] / 2, inter[0] / 2])
    w[present] = coef
    b[present] = inter
    return w, b


def _augment(
    x: np.ndarray, y: np.ndarray, per: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Per example, `per` vectors on the segment to a random same-class example (or a
    small perturbation when it is alone), renormalised."""
    xs, ys = [x], [y]
    for _ in range(per):
        mate = np.array([rng.choice(np.flatnonzero(y == c)) for c in y])
        lam = rng.uniform(0.2, 0.8, size=(len(y), 1)).astype(np.float32)
        z = lam * x + (1 - lam) * x[mate]
        z += rng.normal(0, 0.02, size=z.shape).astype(np.float32)
        z /= np.linalg.norm(z, axis=1, keepdims=True)
        xs.append(z)
        ys.append(y)
    return np.vstack(xs), np.concatenate(ys)


@dataclass
class Head:
    """A learned head: ``logits(x) = x W^T + b + proto * scale * cos(x, centroid)``."""

    w: np.ndarray
    b: np.ndarray
    centroids: np.ndarray
    config: HeadConfig
    temperature: float = 1.0

    def logits(self, x: np.ndarray) -> np.ndarray:
        z = x @ self.w.T + self.b
        if self.config.proto:
            z = z + self.config.proto * self.config.proto_scale * (x @ self.centroids.T)
        return z

    def proba(self, x: np.ndarray) -> np.ndarray:
        return softmax(self.logits(x) / self.temperature)


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def _centroids(x: np.ndarray, y: np.ndarray, n_classes: int) -> np.ndarray:
    c = np.zeros((n_classes, x.shape[1]), dtype=np.float32)
    for k in range(n_classes):
        if (y == k).any():
            v = x[y == k].mean(0)
            c[k] = v / max(float(np.linalg.norm(v)), 1e-9)
    return c


def fit_head(
    x: np.ndarray,
    y: np.ndarray,
    n_classes: int,
    config: HeadConfig = HeadConfig(),
    extra_x: np.ndarray | None = None,
    extra_y: np.ndarray | None = None,
) -> Head:
    """Learn from examples `x` (N x D, unit rows) labelled `y` (class indices).
    `extra_x`/`extra_y` (the descriptions) join every fit but are never held out."""
    rng = np.random.default_rng(config.seed)

    def fit(xt: np.ndarray, yt: np.ndarray) -> Head:
        if extra_x is not None and extra_y is not None and len(extra_y):
            xt, yt = np.vstack([xt, extra_x]), np.concatenate([yt, extra_y])
        cent = _centroids(xt, yt, n_classes)
        if config.augment:
            xt, yt = _augment(xt, yt, config.augment, rng)
        w, b = _fit_lr(xt, yt, n_classes, config.C)
        return Head(w, b, cent, config)

    head = fit(x, y)
    if config.calibrate and config.folds > 1:
        head.temperature = fit_temperature(*_out_of_fold(fit, x, y, config.folds, rng))
    return head


def _out_of_fold(fit, x: np.ndarray, y: np.ndarray, folds: int, rng: np.random.Generator):  # type: ignore[no-untyped-def]
    """Logits of each example from a head that did not see it. Classes with a single
    example stay in every training fold (holding it out would teach nothing)."""
    fold = np.full(len(y), -1)
    for k in np.unique(y):
        idx = np.flatnonzero(y == k)
        if len(idx) < 2:
            continue
        idx = rng.permutation(idx)
        fold[idx] = np.arange(len(idx)) % folds
    logits, labels = [], []
    for f in range(folds):
        held = fold == f
        if not held.any():
            continue
        h = fit(x[~held], y[~held])
        logits.append(h.logits(x[held]))
        labels.append(y[held])
    if not logits:
        return np.zeros((0, 1)), np.zeros(0, dtype=int)
    return np.vstack(logits), np.concatenate(labels)


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The T in softmax(z / T) that minimises the log-loss (golden-section on log T).
    The targets are smoothed by 1/n (n held-out examples): with a handful of held-out
    examples, all right, the plain log-loss would drive T to its floor and every answer
    to 1.0; with hundreds the smoothing vanishes."""
    if len(labels) == 0:
        return 1.0
    eps = 1.0 / len(labels)
    k = logits.shape[1]

    def nll(log_t: float) -> float:
        logp = np.log(np.clip(softmax(logits / np.exp(log_t)), 1e-12, 1))
        right = logp[np.arange(len(labels)), labels]
        return float(-((1 - eps) * right + eps * logp.mean(1) * 1.0).mean()) if k else 0.0

    lo, hi = np.log(0.05), np.log(20.0)
    g = (np.sqrt(5) - 1) / 2
    a, b = hi - g * (hi - lo), lo + g * (hi - lo)
    fa, fb = nll(a), nll(b)
    for _ in range(40):
        if fa < fb:
            hi, b, fb = b, a, fa
            a = hi - g * (hi - lo)
            fa = nll(a)
        else:
            lo, a, fa = a, b, fb
            b = lo + g * (hi - lo)
            fb = nll(b)
    return float(np.exp((lo + hi) / 2))


def with_config(config: HeadConfig, **changes: object) -> HeadConfig:
    return replace(config, **changes)  # type: ignore[arg-type]
