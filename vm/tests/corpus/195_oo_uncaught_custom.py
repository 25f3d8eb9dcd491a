class ValidationError(Exception):
    def __init__(self, field, message, code=400):
        super().__init__(field, message)
        self.field = field
        self.message = message
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.field}: {self.message}"


class SchemaError(ValidationError):
    pass


class Field:
    def __init__(self, name, required=True):
        self.name = name
        self.required = required

    def validate(self, data):
        if self.required and self.name not in data:
            raise ValidationError(self.name, "is required")
        return data.get(self.name)


class IntField(Field):
    def validate(self, data):
        value = super().validate(data)
        if value is not None and not isinstance(value, int):
            raise SchemaError(self.name, f"expected int, got {type(value).__name__}", code=422)
        return value


class Schema:
    def __init__(self, *fields):
        self.fields = fields

    def load(self, data):
        out = {}
        for f in self.fields:
            out[f.name] = f.validate(data)
        return out


schema = Schema(Field("name"), IntField("age"), IntField("score", required=False))
print(schema.load({"name": "ann", "age": 3}))
for data in ({"age": 3}, {"name": "x", "age": "old"}):
    try:
        schema.load(data)
    except ValidationError as e:
        print(type(e).__name__, e, e.args, e.code, repr(e))
e = SchemaError("f", "m")
print(str(e), repr(e), e.args, e.field)
e.add_note("a note")
print(e.__notes__)
try:
    try:
        schema.load({})
    except ValidationError as exc:
        raise RuntimeError("loading failed") from exc
except RuntimeError as e2:
    print(e2, "<-", e2.__cause__, type(e2.__cause__).__name__)
schema.load({"name": "bob", "age": 1.5})
