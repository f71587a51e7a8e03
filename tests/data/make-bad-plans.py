#!/usr/bin/env python3
# Writes tests/data/good-plan.json and the corpus of bad plan files in
# tests/data/bad-plans/, with expected.txt naming, for each file, the error
# code and a piece of the message (the JSON path) that test-exchange checks.
# The files are committed; run this again only to change the corpus.
import copy, json, os

here = os.path.dirname(os.path.abspath(__file__))
U1 = "3f2d6c1e-8a4b-4f0e-9d2a-1b7c5e9f0a11"
U2 = "7b1e0f4d-2c3a-4e5b-8f6d-9a0b1c2d3e22"

good = {
    "format": "cchc-plan",
    "version": 1,
    "units": [
        {"id": U1, "name": "Văn phòng Sở", "kind": "internal"},
        {"id": U2, "name": "Các đơn vị có liên quan", "kind": "group"},
    ],
    "plan": {
        "id": "0d9c8b7a-6f5e-4d3c-a2b1-c0d9e8f7a633",
        "year": 2022,
        "number": "05/KH-SVHTTDL",
        "place": "Hậu Giang",
        "date": "2022-01-05",
        "title": "Cải cách hành chính năm 2022",
        "agency": "Sở Văn hóa, Thể thao và Du lịch",
        "parent_agency": "UBND tỉnh Hậu Giang",
        "signer_title": "GIÁM ĐỐC",
        "signer_name": "Lê Công Khanh",
        "bases": ["Nghị quyết số 03-NQ/TU"],
        "objectives": ["Xây dựng cơ quan hành chính nhà nước trong sạch, vững mạnh"],
        "directives": ["Tổ chức triển khai kế hoạch"],
        "propaganda": ["Tuyên truyền phổ biến các văn bản"],
        "responsibilities": ["Văn phòng Sở phối hợp với các đơn vị liên quan"],
        "recipients": ["Sở Nội vụ;", "Lưu: VT, TCCB."],
        "kpis": [
            {"id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c44", "text": "Phấn đấu giải quyết trước và đúng hạn trên 95% hồ sơ TTHC được tiếp nhận.",
             "comparator": "gt", "target": 95, "target_unit": "%"},
        ],
        "areas": [
            {"id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d55", "title": "Cải cách thủ tục hành chính",
             "heading": "", "narrative": "Ban hành Kế hoạch kiểm soát TTHC",
             "tasks": [
                 {"id": "c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e66", "numbered": True,
                  "text": "Xây dựng và thực hiện Kế hoạch Kiểm soát TTHC năm 2022.",
                  "product": "Kế hoạch", "lead_unit": U1, "cooperating_units": [U2],
                  "timeframe": {"kind": "quarters", "quarters": [1], "year": 2022, "date": None, "detail": ""}},
             ]},
        ],
        "activities": [
            {"id": "d4e5f6a7-b8c9-4d0e-9f1a-3b4c5d6e7f77", "kind": "banner",
             "description": "Thực hiện maket, in, treo 10 băng rol", "quantity": 10,
             "quantity_unit": "băng rol", "size": "", "place": "thành phố Vị Thanh",
             "responsible_unit": None, "occasions": "", "audience": ""},
        ],
        "report_periods": [
            {"id": "e5f6a7b8-c9d0-4e1f-8a2b-4c5d6e7f8a88", "kind": "quarter-1", "due_date": "2022-02-28"},
        ],
    },
}

def write(name, doc):
    with open(os.path.join(here, "bad-plans", name), "w", encoding="utf-8") as f:
        if isinstance(doc, str):
            f.write(doc)
        else:
            json.dump(doc, f, ensure_ascii=False, indent=2)

def mutate(fn):
    doc = copy.deepcopy(good)
    fn(doc)
    return doc

expected = []
def case(name, code, part, doc):
    write(name, doc)
    expected.append(f"{name}|{code}|{part}")

plan = lambda d: d["plan"]
task = lambda d: d["plan"]["areas"][0]["tasks"][0]
text = json.dumps(good, ensure_ascii=False, indent=2)

case("not-json.json", "syntax", "not valid JSON", "this is not JSON at all\n")
case("truncated.json", "syntax", "not valid JSON", text[: len(text) // 2])
case("empty.json", "syntax", "not valid JSON", "")
case("array-root.json", "format", "not a CCHC plan", [good])
case("wrong-format.json", "format", "not a CCHC plan", mutate(lambda d: d.update(format="other-plan")))
case("missing-format.json", "format", "not a CCHC plan", mutate(lambda d: d.pop("format")))
case("version-2.json", "version", "version 2", mutate(lambda d: d.update(version=2)))
case("version-string.json", "format", "version:", mutate(lambda d: d.update(version="1")))
case("unknown-top-field.json", "invalid", "comment: unknown field", mutate(lambda d: d.update(comment="x")))
case("missing-plan.json", "invalid", "plan: required field is missing", mutate(lambda d: d.pop("plan")))
case("plan-not-object.json", "invalid", "plan: must be an object", mutate(lambda d: d.update(plan=[])))
case("units-not-list.json", "invalid", "units: must be a list", mutate(lambda d: d.update(units={})))
case("missing-plan-id.json", "invalid", "plan.id: required field is missing", mutate(lambda d: plan(d).pop("id")))
case("bad-uuid.json", "invalid", "plan.id: “not-a-uuid” is not a valid UUID", mutate(lambda d: plan(d).update(id="not-a-uuid")))
case("duplicate-uuid.json", "invalid", "plan.areas[0].tasks[0].id: the id", mutate(lambda d: task(d).update(id=plan(d)["kpis"][0]["id"])))
case("duplicate-unit-uuid.json", "invalid", "units[1].id: the id", mutate(lambda d: d["units"][1].update(id=U1)))
case("year-too-small.json", "invalid", "plan.year: must be a whole number from 1900", mutate(lambda d: plan(d).update(year=1800)))
case("year-string.json", "invalid", "plan.year: must be a whole number, not a string", mutate(lambda d: plan(d).update(year="2022")))
case("unknown-plan-field.json", "invalid", "plan.titel: unknown field", mutate(lambda d: plan(d).update(titel="x")))
case("task-blank-text.json", "invalid", "plan.areas[0].tasks[0].text: must not be blank", mutate(lambda d: task(d).update(text="   ")))
case("task-missing-text.json", "invalid", "plan.areas[0].tasks[0].text: required field is missing", mutate(lambda d: task(d).pop("text")))
case("unknown-lead-unit.json", "invalid", "plan.areas[0].tasks[0].lead_unit: no unit with id “9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b599”", mutate(lambda d: task(d).update(lead_unit="9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b599")))
case("cooperating-twice.json", "invalid", "plan.areas[0].tasks[0].cooperating_units[1]: the unit", mutate(lambda d: task(d).update(cooperating_units=[U2, U2])))
case("cooperating-null.json", "invalid", "plan.areas[0].tasks[0].cooperating_units[0]: must be a unit id", mutate(lambda d: task(d).update(cooperating_units=[None])))
case("bad-date.json", "invalid", "plan.date: “2022-02-30” is not a date", mutate(lambda d: plan(d).update(date="2022-02-30")))
case("date-format.json", "invalid", "plan.report_periods[0].due_date: “28/02/2022” is not a date", mutate(lambda d: plan(d)["report_periods"][0].update(due_date="28/02/2022")))
case("bad-comparator.json", "invalid", "plan.kpis[0].comparator: “>=” is not one of", mutate(lambda d: plan(d)["kpis"][0].update(comparator=">=")))
case("kpi-target-string.json", "invalid", "plan.kpis[0].target: must be a number, not a string", mutate(lambda d: plan(d)["kpis"][0].update(target="95%")))
case("quarter-five.json", "invalid", "plan.areas[0].tasks[0].timeframe.quarters[0]: a quarter", mutate(lambda d: task(d)["timeframe"].update(quarters=[5])))
case("quarters-without-year.json", "invalid", "plan.areas[0].tasks[0].timeframe: a timeframe of quarters", mutate(lambda d: task(d)["timeframe"].update(year=0)))
case("unit-blank-name.json", "invalid", "units[0].name: must not be blank", mutate(lambda d: d["units"][0].update(name="")))
case("unit-bad-kind.json", "invalid", "units[1].kind: “team” is not one of", mutate(lambda d: d["units"][1].update(kind="team")))
case("negative-quantity.json", "invalid", "plan.activities[0].quantity: must be a whole number from 0", mutate(lambda d: plan(d)["activities"][0].update(quantity=-3)))
case("fractional-quantity.json", "invalid", "plan.activities[0].quantity: must be a whole number, not a decimal number", mutate(lambda d: plan(d)["activities"][0].update(quantity=2.5)))
case("area-not-object.json", "invalid", "plan.areas[0]: must be an object, not a string", mutate(lambda d: plan(d).update(areas=["Cải cách thể chế"])))
case("bases-not-strings.json", "invalid", "plan.bases[1]: must be a string, not a whole number", mutate(lambda d: plan(d).update(bases=["a", 2])))
case("numbered-string.json", "invalid", "plan.areas[0].tasks[0].numbered: must be true or false", mutate(lambda d: task(d).update(numbered="yes")))

# Not UTF-8: the Vietnamese of the title in Windows-1258 would be; here a
# plain Latin-1 byte in the middle of a string.
with open(os.path.join(here, "bad-plans", "latin1.json"), "wb") as f:
    f.write(text.replace("Hậu Giang", "H\u00e2u Giang").encode("utf-8").replace("H\xc3\xa2u".encode("latin-1"), b"H\xe2u"))
expected.append("latin1.json|encoding|not UTF-8")
with open(os.path.join(here, "bad-plans", "nul-byte.json"), "wb") as f:
    f.write(text.encode("utf-8").replace("Hậu".encode("utf-8"), b"H\x00u", 1))
expected.append("nul-byte.json|encoding|not UTF-8")

with open(os.path.join(here, "good-plan.json"), "w", encoding="utf-8") as f:
    json.dump(good, f, ensure_ascii=False, indent=2)
with open(os.path.join(here, "bad-plans", "expected.txt"), "w", encoding="utf-8") as f:
    f.write("# file|error code|part of the message (tests/test-exchange.c)\n")
    f.write("\n".join(expected) + "\n")
print(len(expected), "bad files")
