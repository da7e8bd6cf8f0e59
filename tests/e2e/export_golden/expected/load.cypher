// Loads newskg's GraphML into Neo4j with APOC (exports.md §3).
// 1. newskg export --db newskg.db --format graphml -o graph.graphml
// 2. Put graph.graphml in Neo4j's import/ folder and set
//    apoc.import.file.enabled=true in apoc.conf.
// 3. cypher-shell -f load-graphml.cypher
// Nodes get their entity type as label (readLabels) and keep the GraphML id
// (storeNodeIds); relationships get the predicate in UPPER_SNAKE_CASE as type.
// Expected: 57 nodes, 43 relationships.
CALL apoc.import.graphml('graph.graphml', {readLabels: true, storeNodeIds: true});
// GraphML has no lists: aliases become one, as nodes.csv's aliases:string[].
MATCH (n) WHERE n.aliases IS NOT NULL SET n.aliases = split(n.aliases, ';');
MATCH (n) RETURN count(n) AS nodes;
MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS relationships ORDER BY type;
