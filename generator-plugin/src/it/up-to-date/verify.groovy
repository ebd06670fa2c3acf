// Three builds without clean (invoker.properties): generate; nothing changed, so skip; forced, regenerate without
// rewriting a file. The second and third leave every generated file's bytes and timestamp as the first wrote them.
def pkg = 'com/example/notes'
def generated = new File(basedir, "target/generated-sources/parallel4j/$pkg")
def before = new File(basedir, "target/before/$pkg") // the first build's output, copied with its timestamps
def marker = new File(basedir, 'target/snapshot.marker').lastModified() // touched before the second build generated
assert before.isDirectory() && marker > 0

// The log of each build on its own.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.trim() }
assert builds.size() == 3
def files = { dir ->
    def found = []
    dir.eachFileRecurse(groovy.io.FileType.FILES) { found << (it.path - dir.path - '/') }
    found.sort()
}
def sources = files(before)
assert sources == ['NotesClient.java', 'model/NewNote.java', 'model/Note.java', 'service/NotesService.java']

assert builds[0].contains("[INFO] parallel4j: 1 service, 2 types from notes.yaml: 4 files written, 0 unchanged, 0 deleted")

// Second build: the document, the file it references and the overlay were hashed again, and nothing was generated.
assert builds[1].contains('[INFO] parallel4j: up to date: notes.yaml and 2 other input files unchanged since the last generation')
assert !builds[1].contains('files written')
assert builds[1].contains('Nothing to compile - all classes are up to date') // the sources and the source root are the same

// Third build, forced: generated again, and found nothing to write.
assert builds[2].contains("[INFO] parallel4j: 1 service, 2 types from notes.yaml: 0 files written, 4 unchanged, 0 deleted")
assert !builds[2].contains('up to date:')
assert !builds[2].contains('changes to the generated API') // the API is the same: no change report
assert builds[2].contains('Nothing to compile - all classes are up to date')

assert files(generated) == sources
sources.each { file ->
    def now = new File(generated, file)
    def then = new File(before, file)
    assert now.bytes == then.bytes, "$file changed"
    assert now.lastModified() == then.lastModified() && now.lastModified() < marker, "$file was rewritten"
}

// The record of the last generation, kept per execution beside the build's other output.
def state = new File(basedir, 'target/parallel4j/default')
assert new File(state, 'fingerprint.json').text.contains('models.yaml')
assert new File(state, 'api.json').text.contains('"name" : "NotesService.create(body)"')
true
