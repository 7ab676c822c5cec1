using System.Globalization;
using System.Text;
using System.Xml;
using Rasd.Store.Abstractions;

namespace Rasd.Store.Export;

/// <summary>
/// Writes the entity co-mention graph as GEXF 1.3 for Gephi: a node per entity (label, type,
/// article and mention counts), an undirected edge per pair named together, weighted by the number
/// of original articles that name both.
/// </summary>
public static class GexfExport
{
    private const string Namespace = "http://gexf.net/1.3";

    public static void Write(CoMentionGraph graph, TextWriter output)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "rasd");
        xml.WriteElementString("description", Namespace, "entity co-mention graph: edge weight = articles naming both entities");
        xml.WriteEndElement();
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("defaultedgetype", "undirected");
        xml.WriteAttributeString("mode", "static");
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", "node");
        Attribute(xml, "type", "type", "string");
        Attribute(xml, "articles", "articles", "integer");
        Attribute(xml, "mentions", "mentions", "integer");
        Attribute(xml, "name_en", "name_en", "string");
        xml.WriteEndElement();
        xml.WriteStartElement("nodes", Namespace);
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Id);
            xml.WriteAttributeString("label", node.Name);
            xml.WriteStartElement("attvalues", Namespace);
            Value(xml, "type", node.Type);
            Value(xml, "articles", node.Articles.ToString(CultureInfo.InvariantCulture));
            Value(xml, "mentions", node.Mentions.ToString(CultureInfo.InvariantCulture));
            Value(xml, "name_en", node.NameEn ?? string.Empty);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        var edgeId = 0;
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", (edgeId++).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            xml.WriteAttributeString("weight", edge.Weight.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Attribute(XmlWriter xml, string id, string title, string type)
    {
        xml.WriteStartElement("attribute", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("title", title);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string id, string value)
    {
        xml.WriteStartElement("attvalue", Namespace);
        xml.WriteAttributeString("for", id);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
