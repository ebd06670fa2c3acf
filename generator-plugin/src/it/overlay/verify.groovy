// The overlay's four actions all reached the generated code (App.java also uses each of them, so the build compiled
// only if they did).
def generated = new File(basedir, 'target/generated-sources/parallel4j/com/example/petshop')

def log = new File(basedir, 'build.log').text
assert log.contains('parallel4j: 2 services, 5 types from petshop.yaml: 8 files written, 0 unchanged, 0 deleted')

// x-parallel4j-name on the operations the filter selected: only the one tagged Pets.
def pets = new File(generated, 'service/PetsService.java').text
assert pets.contains('public Animal adopt(NewPet body) {')
assert !pets.contains(' create(')
def stores = new File(generated, 'service/StoresService.java').text
assert stores.contains('public Store create(NewStore body) {')
assert stores.contains('public List<Store> list() {')
assert !stores.contains('adopt')

// x-parallel4j-name on a schema: the type is Animal, and there is no PetRecord any more.
assert new File(generated, 'model/Animal.java').text.contains('public final class Animal extends ObjectModel {')
assert !new File(generated, 'model/PetRecord.java').exists()

// The enum gained the value appended to it.
def species = new File(generated, 'model/Species.java').text
['CAT': 'cat', 'DOG': 'dog', 'FERRET': 'ferret'].each { constant, value ->
    assert species.contains("public static final Species ${constant} = new Species(\"${value}\", Value.${constant});")
}

// owner was appended to NewPet's required list: a plain accessor, checked by build().
def newPet = new File(generated, 'model/NewPet.java').text
assert newPet.contains('public String owner() {')
assert newPet.contains('ModelChecks.required(owner, "NewPet", "owner");') // in checkRequired(), which build() calls
assert newPet.contains('public Optional<Species> species() {') // not required before or after

assert new File(basedir, 'target/classes/com/example/app/App.class').isFile()
true
