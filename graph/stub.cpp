// Placeholder until the graph module lands.
#include "graph/knowledge_graph.hpp"

namespace newskg::graph {
struct KnowledgeGraph::Impl
{
};
KnowledgeGraph::KnowledgeGraph(const Ontology&)
  : m_impl(std::make_unique<Impl>())
{
}
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph::~KnowledgeGraph() = default;
void KnowledgeGraph::add(const Extraction&) {}
std::size_t KnowledgeGraph::node_count() const { return 0; }
std::size_t KnowledgeGraph::edge_count() const { return 0; }
std::vector<const Node*> KnowledgeGraph::nodes() const { return {}; }
std::vector<const Edge*> KnowledgeGraph::edges() const { return {}; }
const Node* KnowledgeGraph::find(std::string_view) const { return nullptr; }
} // namespace newskg::graph
