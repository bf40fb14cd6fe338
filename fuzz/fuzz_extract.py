"""Coverage-guided fuzzing of `extractor.extract` with atheris (`pip install -e '.[fuzz]'`).

    .venv/bin/python fuzz/fuzz_extract.py -max_total_time=60 fuzz/corpus tests/fixtures/hostile

Every input goes through the byte path or the text path (HTML, text dump or sniffed) and must
come out as a record that matches the JSON Schema and encodes as UTF-8 JSON, or as an
`ExtractorError`. Anything else (another exception, a hang past -timeout, memory past
-rss_limit_mb) is a crash: libFuzzer saves the input as crash-<hash> and stops. New inputs
that reach new code go to the first corpus directory (fuzz/corpus/ is ignored by git).
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports(include=["extractor"]):
    # extract() loads the pipeline on its first page, outside this block: load it here, or the
    # fuzzer would see no coverage of the stages at all.
    import extractor.pipeline  # noqa: F401
    from extractor import ExtractorError, Options, extract
    from extractor.emit import record_schema, to_json

import jsonschema

VALIDATOR = jsonschema.Draft202012Validator(record_schema())
INPUT_FORMATS = ("auto", "html", "text")


def check_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    as_text = provider.ConsumeBool()
    options = Options(input_format=INPUT_FORMATS[provider.ConsumeIntInRange(0, 2)],
                      max_depth=provider.ConsumeIntInRange(1, 300))
    page = provider.ConsumeUnicode(len(data)) if as_text else provider.ConsumeBytes(len(data))
    try:
        article = extract(page, options=options)
    except ExtractorError as error:
        assert error.to_dict()["message"]
        return
    record = article.to_dict(explain=True)
    VALIDATOR.validate(record)
    line = to_json(record)
    assert json.loads(line.encode("utf-8")) == record


def main() -> None:
    atheris.Setup(sys.argv, check_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
