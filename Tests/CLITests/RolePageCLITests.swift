import Foundation
import Testing

/// `career-planner role ID`: the whole page, checked line by line against
/// Resources/catalog.json when it was pasted in (sections, citations, the
/// required closure in catalog order, nice-to-have skills, sources).
@Suite struct RolePageCLITests {
    /// Target ml-engineer; python and numpy done, statistics learning, calculus skipped.
    static let mlEngineerPage = """
        Machine learning engineer  (ml-engineer)  your target

        WHAT THE ROLE IS [1][2][3]
          Builds, deploys and maintains the models behind AI products, from
          recommendation systems to self-driving features. The job blends software
          engineering with deep algorithm knowledge and focuses on getting models
          working reliably in production rather than only in experiments.

        RESPONSIBILITIES
          - Design and build ML models for prediction, automation and AI-driven
            features
          - Clean, transform and engineer features so models get well-structured,
            high-quality data
          - Train and test models, experimenting with algorithms, hyperparameters and
            architectures
          - Deploy models into production systems, cloud platforms and real-time
            applications
          - Monitor live models, retrain them when needed and keep them aligned with
            fresh data and changing business goals

        A TYPICAL DAY [3]
          - Morning: Check how models are performing, fix errors and prepare newly
            arrived data sets.
          - Midday: Meet data scientists, engineers and business colleagues about AI
            plans and model rollouts.
          - Afternoon: Write and tune Python or R code to train and test models,
            adjust hyperparameters and try deep learning architectures.
          - End of day: Push models to cloud platforms such as AWS SageMaker or Google
            Cloud AI, record findings and plan the next round.

        PAY (US dollars a year)
          Average range            $134,000–$215,000 [1]
          Entry level (0-2 years)  $80,000–$110,000 [3] Glassdoor, as of December 2024
          Mid level (3-5 years)    $110,000–$140,000 [3] Glassdoor, as of December 2024
          Senior level (5+ years)  $140,000–$180,000+ [3] Glassdoor, as of December 2024

        OUTLOOK
          - Field-wide, not specific to this role: ML careers overall are forecast to
            grow 40%, with one million jobs expected to be added worldwide by 2025.
            [1]
          - Ranked among the jobs most sought after across the tech sector, with good
            earning prospects and stable employment as AI expands. [3]
          - Pay tends to be highest in tech, finance and healthcare and in hubs such
            as Silicon Valley and New York; experience and certifications can raise
            it. [3]
          - The 2025 ML job market is described as strong but competitive; entry roles
            look for solid fundamentals, project evidence and quick learning.
            Mid-level roles add specialisation, production experience and often
            industry knowledge. [2]

        ROUTES IN
          - A bachelor's in computer science, maths or a similar subject is the usual
            base; many go on to a master's or PhD in AI, ML or data science
          - Certifications and bootcamps as an alternative or complement to a degree
          - Start as a junior ML engineer helping with model development and data
            processing
          - Move across from a data analyst role that prepares data for models
          - Move across from software engineering work that integrates ML into
            products
          - Career changers: bring ML into your current job, or take a junior post on
            a company's data science team first

        PROGRESSION
          Junior machine learning engineer → Machine learning engineer → Senior
          machine learning engineer → Team lead → Machine learning architect

        INDUSTRIES
          Technology, Finance, Healthcare, Autonomous vehicles, E-commerce and
          recommendation systems

        SKILLS IT NEEDS (2 of 41 done, 4%; 1 skipped)
          [ ] linear-algebra                  Linear algebra
          [-] calculus                        Calculus
          [ ] probability                     Probability
          [~] statistics                      Statistics
          [ ] optimisation                    Optimisation
          [x] python                          Python
          [ ] command-line-basics             Command line basics
          [ ] git-version-control             Git and version control
          [ ] data-structures-algorithms      Data structures and algorithms
          [ ] oop                             Object-oriented programming
          [ ] testing-documentation           Testing and code documentation
          [ ] sql                             SQL
          [x] numpy                           NumPy
          [ ] pandas                          pandas
          [ ] data-cleaning                   Data cleaning and preprocessing
          [ ] data-visualisation              Data visualisation
          [ ] exploratory-data-analysis       Exploratory data analysis
          [ ] feature-engineering             Feature engineering
          [ ] ml-concepts                     Core machine learning concepts
          [ ] supervised-learning             Supervised learning
          [ ] scikit-learn                    scikit-learn
          [ ] model-evaluation                Model evaluation
          [ ] unsupervised-learning           Unsupervised learning
          [ ] hyperparameter-tuning           Hyperparameter tuning
          [ ] algorithm-families              Algorithm families and when to use them
          [ ] neural-networks                 Neural network fundamentals
          [ ] pytorch                         PyTorch
          [ ] rl-basics                       Reinforcement learning basics
          [ ] model-deployment                Model deployment
          [ ] monitoring-retraining           Model monitoring and retraining
          [ ] cloud-ml-services               Cloud ML services (AWS, Google Cloud, Azure)
          [ ] hadoop-spark                    Hadoop and Spark
          [ ] end-to-end-project              End-to-end ML project
          [ ] github-documentation            GitHub project documentation
          [ ] interview-coding                Interview prep: coding challenges
          [ ] interview-ml-theory             Interview prep: ML theory
          [ ] interview-system-design         Interview prep: ML system design
          [ ] interview-project-presentation  Interview prep: project presentation
          [ ] communication                   Communication and explaining complex ideas
          [ ] collaboration                   Collaboration across teams
          [ ] problem-solving                 Problem solving
          [ ] project-management              Project management and organisation

        NICE TO HAVE
          [ ] tensorflow                    TensorFlow and Keras
          [ ] r-basics                      R basics
          [ ] distributed-computing         Distributed computing
          [ ] containers                    Containers
          [ ] apis-model-serving            APIs and model serving
          [ ] mlops-pipelines               MLOps pipelines
          [ ] cnns                          Convolutional neural networks
          [ ] sequence-models-transformers  Sequence models and transformers
          [ ] kaggle-competitions           ML competitions (Kaggle and similar)
          [ ] certifications                Certifications
          [ ] practical-experience          Internships, freelance and volunteer work
          [ ] open-source-contribution      Open-source contribution
          [ ] edge-ai                       Edge AI deployment

        SOURCES
          [1] David Jenkins, "Navigating the Future: Exploring Lucrative Careers in
              Machine Learning", 2025-03-02
          [2] "Untitled guide: starting a machine learning career in 2025"
          [3] Danielle Antosz, "How to Become a Machine Learning Engineer", CBT
              Nuggets, 2025-03-12

        """

    /// No pay figure, no typical day, a stepping stone, nothing done.
    static let dataAnalystPage = """
        Data analyst  (data-analyst)  stepping stone

        WHAT THE ROLE IS [1][2]
          Works with data sets to pull out insights and get data ready for modelling.
          For career changers it is a practical intermediate step: an analyst job that
          includes some ML work builds experience with less risk than jumping straight
          into a senior ML role.

        RESPONSIBILITIES
          - Query, clean and prepare data sets
          - Analyse data to extract insights and report them
          - Get data into shape for machine learning models to use
          - Build charts and reports for business colleagues

        PAY (US dollars a year)
          no figure in our sources

        OUTLOOK
          - Presented as a lower-risk intermediate step into ML, especially when the
            analyst job includes some ML work. [1]
          - Data analysts are listed among the common starting points for people who
            later become ML engineers. [2]

        ROUTES IN
          - Build SQL, Python and statistics skills plus a couple of analysis projects
          - Move into analytics within your current employer, using your domain
            knowledge
          - Certifications or bootcamps in data analysis

        PROGRESSION
          Junior data analyst → Data analyst → Senior data analyst → Data scientist or
          junior ML engineer

        INDUSTRIES
          Finance, Healthcare, Retail, Manufacturing, Technology

        SKILLS IT NEEDS (0 of 22 done, 0%)
          [ ] linear-algebra             Linear algebra
          [ ] probability                Probability
          [ ] statistics                 Statistics
          [ ] python                     Python
          [ ] command-line-basics        Command line basics
          [ ] git-version-control        Git and version control
          [ ] testing-documentation      Testing and code documentation
          [ ] sql                        SQL
          [ ] numpy                      NumPy
          [ ] pandas                     pandas
          [ ] data-cleaning              Data cleaning and preprocessing
          [ ] data-visualisation         Data visualisation
          [ ] exploratory-data-analysis  Exploratory data analysis
          [ ] ml-concepts                Core machine learning concepts
          [ ] github-documentation       GitHub project documentation
          [ ] networking-community       Networking and community
          [ ] domain-expertise           Leveraging domain expertise
          [ ] tailoring-applications     Targeting job titles and tailoring applications
          [ ] communication              Communication and explaining complex ideas
          [ ] collaboration              Collaboration across teams
          [ ] problem-solving            Problem solving
          [ ] business-understanding     Business understanding

        NICE TO HAVE
          [ ] r-basics             R basics
          [ ] feature-engineering  Feature engineering
          [ ] supervised-learning  Supervised learning
          [ ] scikit-learn         scikit-learn
          [ ] blog-writing         Technical blog writing
          [ ] end-to-end-project   End-to-end ML project
          [ ] interview-coding     Interview prep: coding challenges
          [ ] study-routine        Study routine and time management
          [ ] finding-mentor       Finding a mentor
          [ ] study-group          Study group

        SOURCES
          [1] "Untitled guide: starting a machine learning career in 2025"
          [2] Danielle Antosz, "How to Become a Machine Learning Engineer", CBT
              Nuggets, 2025-03-12

        """

    @Test func rolePageShowsEverySectionWithCitationsAndProgress() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for command in [["target", "ml-engineer"], ["tick", "python", "numpy"],
                        ["tick", "statistics", "--state", "learning"], ["tick", "calculus", "--state", "skipped"]] {
            #expect(try cli.runOnFile(command).status == 0)
        }
        let result = try cli.runOnFile(["role", "ml-engineer"])
        #expect(result == .init(stdout: Self.mlEngineerPage, stderr: "", status: 0))
    }

    @Test func rolePageWithoutPayOrTypicalDaySaysSo() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.runOnFile(["role", "data-analyst"])
        #expect(result == .init(stdout: Self.dataAnalystPage, stderr: "", status: 0))
    }

    @Test func rolePageSkillListIsTheRequiredClosureComputedFromTheCatalog() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let catalog = try ReferenceCatalog()
        for role in catalog.roles {
            let page = try cli.runOnFile(["role", role.id]).stdout
            let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let start = try #require(lines.firstIndex { $0.hasPrefix("SKILLS IT NEEDS") })
            let listed = lines[(start + 1)...].prefix { $0.hasPrefix("  [") }.map { line in
                String(line.dropFirst(6).prefix { $0 != " " })
            }
            let closure = catalog.requiredClosure(of: role)
            #expect(listed == closure, "\(role.id)")
            #expect(lines[start] == "SKILLS IT NEEDS (0 of \(closure.count) done, 0%)")
        }
    }

    @Test func roleJSONHasTheDocumentedFields() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["target", "data-analyst"]).status == 0)
        #expect(try cli.runOnFile(["tick", "sql", "--note", "SQLZoo done", "--evidence", "https://example.com/sql"]).status == 0)
        let result = try cli.runOnFile(["role", "data-analyst", "--json"])
        #expect(result.status == 0 && result.stderr == "")
        let detail = try JSONOutput.object(result.stdout)
        #expect(Set(detail.keys) == ["role", "target", "readiness", "requiredClosure", "niceToHave", "sources"])
        #expect(detail["target"] as? Bool == true)

        let role = try #require(detail["role"] as? [String: Any])
        #expect(role["id"] as? String == "data-analyst")
        #expect(role["name"] as? String == "Data analyst")
        #expect(role["steppingStone"] as? Bool == true)
        for field in ["summary", "responsibilities", "pay", "outlook", "entryRoutes", "progression", "industries",
                      "requiredSkills", "niceToHaveSkills", "sources"] {
            #expect(role[field] != nil, "role.\(field)")
        }

        let readiness = try #require(detail["readiness"] as? [String: Any])
        #expect(readiness.mapValues { JSONOutput.double($0) ?? -1 } == [
            "done": 1, "learning": 0, "todo": 21, "skipped": 0, "total": 22, "percent": 4, "hoursLeft": 475,
        ])

        let catalog = try ReferenceCatalog()
        let closure = try #require(detail["requiredClosure"] as? [[String: Any]])
        #expect(closure.map { $0["id"] as? String } == catalog.requiredClosure(of: catalog.role("data-analyst")))
        let sql = try #require(closure.first { $0["id"] as? String == "sql" })
        #expect(Set(sql.keys) == ["id", "name", "category", "hours", "prerequisites", "state", "changed", "note",
                                  "evidence", "learn", "show"])
        #expect(sql["state"] as? String == "done")
        #expect(sql["changed"] as? String == "2026-11-22")
        #expect(sql["note"] as? String == "SQLZoo done")
        #expect(sql["evidence"] as? [String] == ["https://example.com/sql"])
        #expect(sql["category"] as? String == "programming")
        #expect(JSONOutput.double(sql["hours"]) == 30)

        let nice = try #require(detail["niceToHave"] as? [[String: Any]])
        #expect(nice.map { $0["id"] as? String } == catalog.role("data-analyst").niceToHaveSkills)

        let sources = try #require(detail["sources"] as? [[String: Any]])
        #expect(sources.map { $0["id"] as? String } == ["ml-career-guide-2025", "antosz-2025"])
        #expect(sources[1]["title"] as? String == "How to Become a Machine Learning Engineer")
        #expect(sources[1]["author"] as? String == "Danielle Antosz")
    }
}
