class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls)

    def run(self, data):
        raise NotImplementedError

    def name(self):
        return type(self).__name__.lower()


class Upper(Plugin):
    def run(self, data):
        return data.upper()


class Reverse(Plugin):
    def run(self, data):
        return data[::-1]


class Broken(Plugin):
    pass


def pipeline(data):
    for cls in Plugin.registry:
        plugin = cls()
        data = plugin.run(data)
        print(plugin.name(), "->", data)
    return data


print([c.__name__ for c in Plugin.registry])
pipeline("hello")
