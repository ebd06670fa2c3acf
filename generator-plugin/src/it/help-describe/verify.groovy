// help:describe -Ddetail lists exactly the goal's eight parameters, each with its user property and its description.
def log = new File(basedir, 'build.log').text
assert log.contains("dev.parallel4j:parallel4j-maven-plugin:${pluginVersion}")
assert log.contains('Goal Prefix: parallel4j')
assert log.contains('parallel4j:generate')
assert log.contains('Bound to phase: generate-sources')

// "Available parameters:" then, per parameter, a line indented by 4 and its details indented by 6.
def lines = log.readLines()
def start = lines.findIndexOf { it.trim() == 'Available parameters:' }
assert start > 0
def parameters = [:]
def current = null
for (String line : lines.drop(start + 1)) {
    if (line.startsWith('[INFO]')) {
        break
    }
    def heading = line =~ /^    (\w+)(?: \(Default:.*)?$/
    if (heading.matches()) {
        current = heading.group(1)
        parameters[current] = line.trim()
    } else if (current != null && line.trim()) {
        parameters[current] += ' ' + line.trim()
    }
}
def expected = [
        inputSpec      : 'The OpenAPI document (JSON or YAML, version 3.0 or 3.1) to generate the client from.',
        overlays       : 'OpenAPI Overlay 1.0 documents applied to the document, in order, before generating.',
        packageName    : 'The package of the client class. Models are generated in its .model subpackage and services in .service.',
        clientName     : 'The simple name of the client class. By default it is derived from the document\'s title',
        outputDirectory: 'Where the sources are written. The plugin owns this directory',
        skip           : 'Skips generation',
        force          : 'Generates even when nothing changed since the last successful generation.',
        failOnBreakingChange: 'Fails the build when the generated API changed since the last successful generation in a way that breaks callers',
]
assert parameters.keySet().sort() == expected.keySet().sort()
expected.each { name, description ->
    def text = parameters[name]
    assert text.contains("User property: parallel4j.${name}"), name
    assert text.contains(description), name
}
assert parameters.inputSpec.contains('Required: true')
assert parameters.packageName.startsWith('packageName (Default: dev.parallel4j.client)')
assert parameters.outputDirectory.startsWith('outputDirectory (Default: ${project.build.directory}/generated-sources/parallel4j)')
assert parameters.skip.startsWith('skip (Default: false)')
assert parameters.force.startsWith('force (Default: false)')
assert parameters.failOnBreakingChange.startsWith('failOnBreakingChange (Default: false)')
true
