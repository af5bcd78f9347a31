"""Checks for c2w2_3's exercises (feature selection on the breast-cancer data)."""

from __future__ import annotations

import warnings

import numpy as np

from mlep.check import close, exercise


def _split():
    from sklearn.datasets import load_breast_cancer
    from sklearn.model_selection import train_test_split

    X, y = load_breast_cancer(return_X_y=True, as_frame=True)
    return train_test_split(X, y, test_size=0.3, random_state=0, stratify=y)


@exercise(wrong=[30, 0, 2.5, 5, 6, 8, 13])  # 5, 8, 13: the notebook's counts at C = 0.05, 0.2, 1
def l1_features_kept(answer: int) -> tuple[bool, str]:
    """Features with a non-zero weight under an L1 penalty of C=0.1."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    X_train, _, y_train, _ = _split()
    scaled = StandardScaler().fit_transform(X_train)

    def kept(features):
        lasso = LogisticRegression(C=0.1, l1_ratio=1.0, solver="liblinear", random_state=0).fit(features, y_train)
        return int((lasso.coef_[0] != 0).sum())

    expected = kept(scaled)
    if answer != int(answer):
        return False, "a count of features is a whole number"
    if int(answer) == expected:
        return True, "a strong L1 penalty zeroes most weights: a handful of features carry the decision"
    if int(answer) == 30:
        return False, "that is every feature: count only the weights that are not exactly zero (coef_ != 0)"
    with warnings.catch_warnings():  # only to recognise a wrong answer: liblinear on raw scales may not converge
        warnings.simplefilter("ignore")
        unscaled = kept(X_train)
    if int(answer) == unscaled:
        return False, "fit on the standardised features (scaled): one L1 penalty for every weight makes scale matter"
    return False, "fit on the standardised training split with C=0.1, l1_ratio=1.0, solver='liblinear', random_state=0"


# 0.953: forward's five on test; 0.947: forest's five in CV; 0.918: without the scaler; 0.737: the five LEAST
# important; 0.936: one test row off
@exercise(wrong=[1.0, 0.5, "0.9", 0.953, 0.947, 0.918, 0.737, 0.936])
def forest_top5_test_accuracy(answer: float) -> tuple[bool, str]:
    """Test accuracy of the scaled logistic regression on the forest's five most important features."""
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if isinstance(answer, str):
        return False, "give the accuracy as a number, not a string"
    X_train, X_test, y_train, y_test = _split()
    forest = RandomForestClassifier(n_estimators=100, random_state=0).fit(X_train, y_train)
    top5 = list(X_train.columns[np.argsort(-forest.feature_importances_)][:5])
    model = make_pipeline(StandardScaler(), LogisticRegression(solver="liblinear", random_state=0)).fit(
        X_train[top5], y_train
    )
    expected = model.score(X_test[top5], y_test)
    if close(answer, expected, rel=0, abs_=0.002):  # one test row is 1/171 = 0.006
        return True, "impurity importance picks strong features, but like a filter it can pick near-copies"
    least5 = list(X_train.columns[np.argsort(forest.feature_importances_)][:5])
    model.fit(X_train[least5], y_train)
    if close(answer, model.score(X_test[least5], y_test), rel=0, abs_=0.002):
        return False, "those are the five least important: sort the importances in descending order"
    return False, "train model() on the training split's top-5 forest features and score on the test split"


@exercise(wrong=[0.5, 0.95, 0.86, 0.43, 0.73])  # 0.43: the honest k=5 score; 0.73: off by a fold
def leaky_selection_k5(answer: float) -> tuple[bool, str]:
    """CV accuracy when 5 of 2,000 noise features are selected on all 100 rows before cross-validation."""
    from sklearn.feature_selection import SelectKBest, f_classif
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.pipeline import make_pipeline

    rng = np.random.default_rng(1)
    noise, coin = rng.normal(size=(100, 2000)), rng.integers(0, 2, 100)
    cv = StratifiedKFold(5, shuffle=True, random_state=0)

    def leaky(k):
        columns = SelectKBest(f_classif, k=k).fit(noise, coin).get_support()
        return cross_val_score(LogisticRegression(random_state=0), noise[:, columns], coin, cv=cv).mean()

    expected = leaky(5)
    if close(answer, expected, rel=0, abs_=0.002):
        return True, "still far above chance: even 5 lucky features leak; fewer of them leave less room to fit noise"
    if close(answer, leaky(20), rel=0, abs_=0.002):
        return False, "that is the k=20 score from the notebook: select k=5 features instead"
    pipeline = make_pipeline(SelectKBest(f_classif, k=5), LogisticRegression(random_state=0))
    honest = cross_val_score(pipeline, noise, coin, cv=cv).mean()
    if close(answer, honest, rel=0, abs_=0.002) or close(answer, 0.5, rel=0, abs_=0.05):
        return False, "that is the honest score: select on all rows first, then cross-validate (the leaky way)"
    return False, "use SelectKBest(f_classif, k=5) on noise and coin, then cross_val_score with cv_noise"
